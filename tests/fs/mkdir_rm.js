const fs = require('fs');
const path = require('path');
const os = require('os');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-mk-'));
const deep = path.join(base, 'a', 'b', 'c');
console.log(path.relative(base, fs.mkdirSync(deep, { recursive: true })));
console.log(fs.mkdirSync(deep, { recursive: true }));
try {
  fs.mkdirSync(deep);
} catch (e) {
  console.log(e.code, e.syscall);
}
fs.writeFileSync(path.join(deep, 'f'), 'x');
try {
  fs.rmSync(path.join(base, 'a'));
} catch (e) {
  console.log(e.code, e.name);
}
fs.rmSync(path.join(base, 'missing'), { force: true });
fs.rmSync(base, { recursive: true, force: true });
console.log(fs.existsSync(base));
