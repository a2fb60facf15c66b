// `only`: when some top-level tests or suites are marked only, the others are
// left out of the run and of the report; inside a suite the same applies.
require('./_normalize');
const { test, describe, it } = require('node:test');

const log = [];
test('not marked', () => log.push('not marked ran'));
describe('suite with an only inside', () => {
  it('plain', () => log.push('plain ran'));
  it.only('marked', () => log.push('marked ran'));
  describe('nested without only', () => {
    it('deep', () => log.push('deep ran'));
  });
});
describe('plain suite', () => {
  it('x', () => log.push('plain suite ran'));
});
describe.only('only suite', () => {
  it('first', () => log.push('only suite first ran'));
  it('second', () => log.push('only suite second ran'));
});
test('only test', { only: true }, async (t) => {
  await t.test('child a', () => log.push('child a ran'));
  await t.test('child b', () => log.push('child b ran'));
});
test.only('test.only', () => log.push('test.only ran'));
process.on('exit', () => console.log(log.join('\n')));
