// partialDeepStrictEqual failure messages.
const assert = require('assert');

function show(actual, expected, message) {
  try {
    assert.partialDeepStrictEqual(actual, expected, message);
    console.log('passed');
  } catch (e) {
    console.log('---', e.operator, e.generatedMessage);
    console.log(e.message);
  }
}

show({ a: 1 }, { a: 2 });
show({ a: 1, b: 2 }, { a: 1, c: 3 });
show([1, 2, 3], [1, 4]);
show(1, 2);
show('a'.repeat(20), 'b');
show({ a: { b: [1, 2] } }, { a: { b: [3] } });
show(new Set([1, 2]), new Set([3]));
show({ a: 1 }, { a: 2 }, 'custom message');
show({ x: Symbol('a') }, { x: Symbol('a') });
