const path = require('path');
const start = process.cwd();
process.chdir('..');
console.log(process.cwd() === path.dirname(start));
process.chdir(start);
console.log(process.cwd() === start);
try {
  process.chdir('./does-not-exist');
} catch (e) {
  console.log(e.code, e.syscall, e.message);
}
try {
  process.chdir(1);
} catch (e) {
  console.log(e.code, e.message);
}
