const path = require('path');
const start = process.cwd();
process.chdir('..');
console.log(process.cwd() === path.dirname(start));
process.chdir(start);
console.log(process.cwd() === start);
try {
  process.chdir('./does-not-exist');
} catch (e) {
  // The message names the directory the process was in: print it relative.
  console.log(e.code, e.syscall, e.message.replace(process.cwd(), '<cwd>'));
}
try {
  process.chdir(1);
} catch (e) {
  console.log(e.code, e.message);
}
