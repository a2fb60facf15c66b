// partialDeepStrictEqual: expected's properties must be in actual; arrays
// match as ordered subsequences, sets and maps as subsets; no prototype check.
const assert = require('assert');

let n = 0;
function check(actual, expected) {
  n++;
  try {
    assert.partialDeepStrictEqual(actual, expected);
    console.log(n, 'pass');
  } catch (e) {
    console.log(n, 'fail', e.code, e.operator);
  }
}

check({ a: 1, b: 2 }, { a: 1 });
check({ a: 1 }, { a: 1, b: undefined });
check([1, 2, 3], [1, 3]);
check([1, 2, 3], [3, 1]);
check([1, 2, 3], [1, 2, 3, 4]);
check([1, 1, 2], [1, 1]);
check([1, 2], [1, 1]);
check([{ a: 1, b: 2 }, { c: 3 }], [{ a: 1 }]);
check([{ a: 1, b: 2 }, { c: 3 }], [{ c: 3 }]);
check(new Set([1, 2, 3]), new Set([2]));
check(new Set([1, 2, 3]), new Set([4]));
check(new Set([{ a: 1, b: 2 }]), new Set([{ a: 1 }]));
check(new Map([[1, { a: 1, b: 2 }]]), new Map([[1, { a: 1 }]]));
check(new Map([[1, 2], [3, 4]]), new Map([[1, 2]]));
check(new Map([[1, 1]]), new Map([[1, 1], [2, 2]]));
check(new Map([[{ a: 1, b: 2 }, 1]]), new Map([[{ a: 1 }, 1]]));
check({ a: { b: { c: 1, d: 2 } } }, { a: { b: { c: 1 } } });
check(1, 1);
check(1, '1');
check(NaN, NaN);
check(0, -0);
check([0], [-0]);
check(new Date(0), new Date(0));
check(Object.assign(new Date(0), { x: 1 }), new Date(0));
check(new Date(0), Object.assign(new Date(0), { x: 1 }));
check(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2]));
check(new Uint8Array([1, 2, 3]), new Uint8Array([2, 1]));
check(new Uint8Array([1, 2, 3]), new Int8Array([1]));
check(new ArrayBuffer(4), new ArrayBuffer(2));
check(/a/g, /a/g);
check(/a/g, /a/);
check(Object.create(null), {});
class A {}
check(new A(), {});
check({}, new A());
check([1, , 3], [1, , 3]);
check([1, 2, 3], [1, , 3]);
check({ [Symbol.for('x')]: 1, a: 1 }, { [Symbol.for('x')]: 1 });
check({ a: 1 }, { [Symbol.for('x')]: 1 });
check(new Error('x'), new Error('x'));
check(Object.assign(new Error('x'), { code: 1 }), new Error('x'));
check(new Error('a'), new TypeError('a'));
check(new Error('a', { cause: 1 }), new Error('a'));
check(new Error('a'), new Error('a', { cause: 1 }));
check(new Error('a', { cause: { x: 1, y: 2 } }), new Error('a', { cause: { x: 1 } }));
check(new Number(1), new Number(1));
check(new Number(1), 1);
check([1, 2, 3], { 0: 1 });
check({ 0: 1 }, [1]);
check([[1, 2], [3, 4]], [[4]]);
check({ get x() { return 1; } }, { x: 1 });
check(Object.defineProperty({}, 'x', { value: 1, enumerable: false }), { x: 1 });
check(function f() {}, function f() {});
check(new WeakMap(), new WeakMap());
check([undefined], [undefined]);
check([1], [undefined]);
const c1 = { x: 1 }; c1.self = c1;
const c2 = {}; c2.self = c2;
check(c1, c2);
