'use strict';
// libuv-style system errors from fs: message, errno, code, syscall, path.
const fs = require('fs');
function t(fn) {
  try { fn(); console.log('no error'); } catch (e) {
    console.log(e.name, '|', e.message, '|', e.errno, e.code, e.syscall, e.path, e.dest);
    console.log(e.stack.split('\n')[0]);
    console.log(Object.keys(e));
  }
}
t(() => fs.readFileSync('does-not-exist.txt'));
t(() => fs.readdirSync('does-not-exist-dir'));
t(() => fs.statSync('nope/nope'));
t(() => fs.readFileSync('.'));
t(() => fs.renameSync('missing-a', 'missing-b'));
fs.readFile('still-missing.txt', (err) => {
  console.log('async', err.message, err.errno, err.code, err.syscall, err.path);
});
