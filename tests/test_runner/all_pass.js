// A file whose tests all pass exits with code 0; describe/it nesting prints
// "▶" headers and indentation.
require('./_normalize');
const { describe, it, test } = require('node:test');

describe('math', () => {
  it('adds', () => {});
  it('subtracts', async () => {
    await Promise.resolve();
  });
  describe('nested', () => {
    it('deeply', () => {});
  });
  describe('empty suite');
});
test('with subtests', async (t) => {
  await t.test('first', () => {});
  await t.test('second', async (t2) => {
    await t2.test('grandchild', () => {});
  });
});
process.on('exit', (code) => console.log('exit code', code));
