// t.plan(): assertions through t.assert and subtests count; too few or too many
// fails the test; { wait } waits for late assertions or times out.
require('./_normalize');
const { test } = require('node:test');

test('exact plan', (t) => {
  t.plan(2);
  t.assert.ok(true);
  t.assert.equal(1, 1);
});
test('subtests count', async (t) => {
  t.plan(3);
  t.assert.ok(true);
  await t.test('one', () => {});
  await t.test('two', () => {});
});
test('too few', (t) => {
  t.plan(2);
  t.assert.ok(true);
});
test('too many', (t) => {
  t.plan(1);
  t.assert.ok(true);
  t.assert.ok(true);
});
test('wait for a late assertion', (t) => {
  t.plan(1, { wait: true });
  setImmediate(() => t.assert.ok(true));
});
test('wait times out', (t) => {
  t.plan(1, { wait: 20 });
});
test('plan option', { plan: 1 }, (t) => {
  t.assert.ok(true);
});
