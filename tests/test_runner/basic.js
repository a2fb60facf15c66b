// Pass, fail, skip and todo lines of the spec reporter, the summary counters,
// the failing-tests list and the exit code 1 a failure causes.
require('./_normalize');
const test = require('node:test');
const assert = require('assert');

test('passes', () => {
  assert.strictEqual(1 + 1, 2);
});
test('fails with an assertion', () => {
  assert.strictEqual(1, 2);
});
test('throws a string', () => {
  throw 'just a string';
});
test('rejects', async () => {
  await null;
  throw new TypeError('async failure');
});
test('skipped', { skip: true }, () => {
  throw new Error('never runs');
});
test('skipped with reason', { skip: 'not on this platform' }, () => {});
test('todo passing', { todo: true }, () => {});
test('todo failing', { todo: 'later' }, () => {
  throw new Error('not done yet');
});
test.skip('test.skip shorthand', () => {});
test.todo('test.todo shorthand');
test('no function');
test(function namedFunction() {});
test('diagnostics', (t) => {
  t.diagnostic('first note');
  t.diagnostic('second note');
});
