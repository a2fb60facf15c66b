// A first look at rode: the event loop runs tasks in Node's order.
const { setTimeout: sleep } = require('timers/promises');

console.log('Task 1');
setTimeout(() => console.log('Task 2'), 0);
console.log('Task 3');

(async () => {
  await sleep(10);
  console.log({ runtime: process.versions.rode ? 'rode' : 'node', node: process.version });
})();
