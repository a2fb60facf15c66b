// Inside an I/O callback: nextTick, then promise jobs, then setImmediate (check phase),
// then the 0 ms timer (next iteration).
const fs = require('fs');
fs.readFile(__filename, () => {
  setTimeout(() => console.log('setTimeout 0'), 0);
  setImmediate(() => console.log('setImmediate'));
  Promise.resolve().then(() => console.log('promise'));
  process.nextTick(() => console.log('nextTick'));
});
