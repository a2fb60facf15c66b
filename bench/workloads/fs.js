// File system round trips through the thread pool: 2000 writeFile/readFile pairs.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'rode-bench-'));
let left = 2000;
function next() {
  if (left-- === 0) {
    fs.rmSync(dir, { recursive: true });
    return console.log('done');
  }
  const f = path.join(dir, `f${left % 50}`);
  fs.writeFile(f, 'x'.repeat(1024), () => fs.readFile(f, next));
}
next();
