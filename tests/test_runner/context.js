// What a TestContext and a SuiteContext expose: names, filePath, `this`, the
// signal aborted when the test ends, getTestContext(), passed/error.
require('./_normalize');
const { test, describe, it, getTestContext } = require('node:test');
const path = require('path');

const log = [];
const L = (...args) => log.push(args.map(String).join(' '));
L('outside any test:', getTestContext());
let savedSignal;
test('first', function(t) {
  L('this is the context:', this === t);
  L('name:', t.name, 'fullName:', t.fullName);
  L('filePath:', path.basename(t.filePath));
  L('passed/error while running:', t.passed, t.error);
  L('getTestContext():', getTestContext() === t);
  savedSignal = t.signal;
  L('signal aborted while running:', t.signal.aborted);
  t.signal.addEventListener('abort', () => L('abort event, reason', t.signal.reason.name));
  L('own keys:', Object.keys(t).length);
  L('prototype has test/plan/mock:',
    ['test', 'plan', 'mock', 'assert', 'diagnostic', 'skip', 'todo'].every((k) => k in t));
  return t.test('child', (child) => {
    L('child fullName:', child.fullName);
    L('child getTestContext():', getTestContext() === child);
  });
});
test('second', () => {
  L('first signal aborted after it ended:', savedSignal.aborted);
});
describe('suite', (s) => {
  L('suite context:', s.constructor.name, s.name, s.fullName, path.basename(s.filePath));
  it('leaf', (t) => L('leaf fullName:', t.fullName));
  describe('inner', () => {
    it('deep leaf', (t) => L('deep leaf fullName:', t.fullName));
  });
});
test('t.assert counts as assertions', (t) => {
  t.assert.strictEqual(1, 1);
  t.assert.deepStrictEqual({ a: [1] }, { a: [1] });
  t.assert.ok(true);
  L('t.assert keys:', Object.keys(t.assert).join(','));
});
process.on('exit', () => console.log(log.join('\n')));
