// mock.fn(): recorded calls (arguments, result, error, this, target), call
// counts, implementations (permanent, once, `times`), resetCalls and restore.
const { mock } = require('node:test');

const add = mock.fn(function add(a, b) { return a + b; });
console.log(add.name, add.length, typeof add.mock, add.mock.constructor.name);
console.log(add(1, 2), add.call({ tag: 'T' }, 3, 4));
console.log(add.mock.callCount(), add.mock.calls.length, add.mock.calls === add.mock.calls);
const call = add.mock.calls[1];
console.log(Object.keys(call).join(','), Object.getPrototypeOf(call));
console.log(call.arguments, call.result, call.error, call.this, call.target, call.stack instanceof Error);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(add.mock)).join(','));

const thrower = mock.fn(() => { throw new Error('impl threw'); });
try { thrower(); } catch (e) { console.log('rethrown:', e.message); }
console.log(thrower.mock.calls[0].error.message, thrower.mock.calls[0].result);

class Point { constructor(x) { this.x = x; } }
const MockPoint = mock.fn(Point);
const p = new MockPoint(5);
const ctorCall = MockPoint.mock.calls[0];
console.log(p instanceof Point, p.x, ctorCall.target === Point, ctorCall.this === p, ctorCall.result === p);

const empty = mock.fn();
console.log(empty.name, empty.length, empty(1, 2), empty.mock.calls[0].arguments);

const limited = mock.fn(() => 'original', () => 'mocked', { times: 2 });
console.log(limited(), limited(), limited(), limited.mock.callCount());

const once = mock.fn(() => 'base');
once.mock.mockImplementationOnce(() => 'first call');
once.mock.mockImplementationOnce(() => 'fourth call', 3);
console.log([once(), once(), once(), once(), once()].join(' '));
once.mock.mockImplementation(() => 'replaced');
console.log(once(), once.mock.callCount());
once.mock.resetCalls();
console.log(once.mock.callCount(), once());
once.mock.restore();
console.log(once());

const withOptionsOnly = mock.fn({ times: 1 });
console.log(typeof withOptionsOnly, withOptionsOnly());
mock.restoreAll();
console.log('after restoreAll:', add(2, 2), add.mock.callCount());
mock.reset();
console.log('after reset:', add.mock.callCount());
