// An uncaught exception or unhandled rejection while a test runs fails that
// test (and ends it, even if `done` is never called); the run goes on.
require('./_normalize');
const { test } = require('node:test');

const log = [];
test('throws from a timer', (t, done) => {
  setTimeout(() => {
    throw new Error('thrown in a timer');
  }, 1);
});
test('unhandled rejection', async () => {
  Promise.reject(new Error('nobody handles this'));
  await new Promise((resolve) => setTimeout(resolve, 20));
});
test('still runs', () => log.push('the run went on'));
process.on('exit', () => console.log(log.join('\n')));
