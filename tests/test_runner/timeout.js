// The timeout option: a test still pending when it expires fails as cancelled
// and its signal is aborted; subtests inherit the parent's timeout.
require('./_normalize');
const { test, describe, it, before } = require('node:test');

const log = [];
test('too slow', { timeout: 10 }, (t) => {
  t.signal.addEventListener('abort', () => log.push(`signal aborted: ${t.signal.reason.name}`));
  return new Promise((resolve) => setTimeout(resolve, 300));
});
test('fast enough', { timeout: 1000 }, async () => {
  await new Promise((resolve) => setImmediate(resolve));
});
test('inherited', { timeout: 10 }, async (t) => {
  await t.test('slow child', () => new Promise((resolve) => setTimeout(resolve, 300)));
});
describe('hook timeout', () => {
  before(() => new Promise((resolve) => setTimeout(resolve, 300)), { timeout: 10 });
  it('never runs', () => log.push('never'));
});
process.on('exit', () => console.log(log.join('\n')));
