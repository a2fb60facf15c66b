const fs = require('fs');
try {
  fs.readFileSync('does-not-exist.txt');
} catch (e) {
  console.log(e.name, e.code, e.errno, e.syscall, e.path);
  console.log(e.message);
}
fs.readFile('does-not-exist.txt', (err, data) => {
  console.log('cb', err.code, err.syscall, err.message, data);
});
fs.stat('nope/nope', (err) => console.log('stat cb', err.code, err.message));
try {
  fs.statSync('nope');
} catch (e) {
  console.log(e.message);
}
console.log(fs.statSync('nope', { throwIfNoEntry: false }));
try {
  fs.readFileSync(42.5);
} catch (e) {
  console.log(e.code);
}
try {
  fs.readFile('x');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  fs.readFileSync('.');
} catch (e) {
  console.log(e.code, e.syscall, e.message);
}
