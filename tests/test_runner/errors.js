// Argument validation of node:test's API: the errors thrown synchronously.
require('./_normalize');
const { test, before, mock } = require('node:test');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

attempt('mock.fn(1)', () => mock.fn(1));
attempt('mock.fn(f, 1)', () => mock.fn(() => {}, 1));
attempt('times 0', () => mock.fn(() => {}, () => {}, { times: 0 }));
attempt('times 1.5', () => mock.fn(() => {}, () => {}, { times: 1.5 }));
attempt('options 5', () => mock.fn(() => {}, () => {}, 5));
attempt('method missing', () => mock.method({}, 'nope'));
attempt('method not a function', () => mock.method({ a: 1 }, 'a'));
attempt('method on null', () => mock.method(null, 'a'));
attempt('method name 5', () => mock.method({ a() {} }, 5));
attempt('getter and setter', () => mock.method({ a() {} }, 'a', { getter: true, setter: true }));
attempt('getter with setter option', () => mock.getter({ get a() { return 1; } }, 'a', { setter: true }));
attempt('property missing', () => mock.property({ a: 1 }, 'b'));
attempt('property name 5', () => mock.property({ a: 1 }, 5));
const f = mock.fn();
attempt('mockImplementation(5)', () => f.mock.mockImplementation(5));
attempt('mockImplementationOnce(5)', () => f.mock.mockImplementationOnce(5));
attempt('onCall -1', () => f.mock.mockImplementationOnce(() => {}, -1));
attempt('onCall "a"', () => f.mock.mockImplementationOnce(() => {}, 'a'));
attempt('timeout -1', () => test('t', { timeout: -1 }));
attempt('timeout "a"', () => test('t', { timeout: 'a' }));
attempt('concurrency "a"', () => test('t', { concurrency: 'a' }));
attempt('signal 5', () => test('t', { signal: 5 }));
attempt('hook timeout "x"', () => before(() => {}, { timeout: 'x' }));
test('context errors', (t) => {
  attempt('plan("a")', () => t.plan('a'));
  attempt('plan(-1)', () => t.plan(-1));
  attempt('plan(1.5)', () => t.plan(1.5));
  attempt('plan(1, 5)', () => t.plan(1, 5));
});
