// With FORCE_COLOR the diff is colored (green actual, red expected, a
// character diff for two strings, gray for partialDeepStrictEqual).
const assert = require('assert');

function show(fn) {
  try {
    fn();
    console.log('passed');
  } catch (e) {
    console.log(JSON.stringify(e.message));
  }
}

show(() => assert.strictEqual('hello world foo', 'hello there foo'));
show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual(1234567890123, 1234567890124));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
show(() => assert.partialDeepStrictEqual({ a: 1 }, { a: 2 }));
show(() => assert.strictEqual([1], [1]));
show(() => assert.ok(0));
show(() => assert.notStrictEqual(1, 1));
show(() => assert.deepEqual(1, 2));
const a = Array.from({ length: 30 }, (_, i) => i);
const b = a.slice();
b[15] = 'x';
show(() => assert.deepStrictEqual(a, b));
const big = Array.from({ length: 60 }, (_, i) => i);
show(() => assert.notDeepStrictEqual(big, big.slice()));
