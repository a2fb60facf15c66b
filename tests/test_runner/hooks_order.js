// Order of before/after/beforeEach/afterEach at the root, in nested suites and
// on a TestContext; hooks receive the context of the test they wrap.
require('./_normalize');
const { describe, it, before, after, beforeEach, afterEach, test } = require('node:test');

const log = [];
const L = (s) => log.push(s);
before(() => L('root before'));
after(() => L('root after'));
beforeEach((t) => L(`root beforeEach ${t.name}`));
afterEach((t) => L(`root afterEach ${t.name}`));

describe('outer', () => {
  L('outer body');
  before(() => L('outer before'));
  after(() => L('outer after'));
  beforeEach((t) => L(`outer beforeEach ${t.name}`));
  afterEach((t) => L(`outer afterEach ${t.name}`));
  it('o1', () => L('o1'));
  describe('inner', () => {
    L('inner body');
    before(() => L('inner before'));
    after(() => L('inner after'));
    beforeEach((t) => L(`inner beforeEach ${t.fullName}`));
    afterEach((t) => L(`inner afterEach ${t.fullName}`));
    it('i1', () => L('i1'));
  });
  it('o2', () => L('o2'));
});
L('after describe');

test('T', async (t) => {
  L('T body');
  t.beforeEach((t2) => L(`T beforeEach ${t2.name}`));
  t.afterEach((t2) => L(`T afterEach ${t2.name}`));
  t.after(() => L('T after'));
  t.before(() => L('T before'));
  L('after t.before');
  const p = t.test('T1', () => L('T1'));
  L('after t.test call');
  await p;
  await t.test('T2', (t2) => {
    L('T2');
    return t2.test('T2a', () => L('T2a'));
  });
});
test('U', () => L('U'));
L('main end');
process.on('exit', () => console.log(log.join('\n')));
