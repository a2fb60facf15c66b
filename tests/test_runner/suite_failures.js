// Suite-level failures: a throwing describe() body or before hook cancels the
// suite's tests; failing after/afterEach hooks; skipped and todo suites; async
// describe() bodies.
require('./_normalize');
const { describe, it, before, after, beforeEach, afterEach } = require('node:test');

const log = [];
describe('body throws', () => {
  it('a', () => log.push('a ran'));
  throw new Error('thrown by the describe body');
});
describe('before fails', () => {
  before(() => {
    throw new Error('before hook failed');
  });
  it('x', () => log.push('x ran'));
  it('y', () => log.push('y ran'));
});
describe('beforeEach fails', () => {
  beforeEach(() => {
    throw new Error('beforeEach failed');
  });
  it('z', () => log.push('z ran'));
});
describe('afterEach fails', () => {
  afterEach(() => {
    throw new Error('afterEach failed');
  });
  it('w', () => log.push('w ran'));
});
describe('after fails', () => {
  after(() => {
    throw new Error('after hook failed');
  });
  it('v', () => log.push('v ran'));
});
describe.skip('skipped suite', () => {
  log.push('skipped body ran');
  it('never', () => {});
});
describe('todo suite', { todo: true }, () => {
  it('inherits todo', () => {
    throw new Error('allowed to fail');
  });
});
describe('hooks skip skipped tests', () => {
  beforeEach((t) => log.push(`beforeEach for ${t.name}`));
  it('skipped test', { skip: true }, () => {});
  it('todo test', { todo: true }, () => {});
});
describe('async body', async () => {
  await null;
  it('declared after an await', () => log.push('async body test ran'));
});
process.on('exit', () => console.log(log.join('\n')));
