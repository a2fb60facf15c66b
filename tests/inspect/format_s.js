// %s: strings as-is, numbers/bigints formatted, objects inspected at depth 0.
const util = require('util');
class WithToString { toString() { return 'custom toString'; } }
class Plain { constructor() { this.p = 1; } }
const vals = [{ a: 1, b: { c: 1 } }, [1, [2, [3]]], new Date(0), new WithToString(), new Plain(),
  -0, 5n, Symbol('sym'), 1.5, 1e21, () => 1, function named() {}, { toString() { return 'own'; } },
  Object.create(null), { [Symbol.toPrimitive]() { return 'prim'; } }, new Map([[1, 2]]), new Set([1]),
  [1, 'a'], new Uint8Array(2), Promise.resolve(1), true, NaN];
for (const v of vals) console.log(util.format('%s', v));
const e = new Error('fmt');
e.stack = 'Error: fmt\n    at x (y.js:1:1)';
console.log(util.format('%s', e));
console.log(util.format('%s', [e]));
