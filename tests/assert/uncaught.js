// An uncaught AssertionError ends the process with exit code 1.
const assert = require('assert');

process.on('exit', (code) => console.log('exit code', code));
console.log('before');
assert.strictEqual(1, 2);
console.log('not reached');
