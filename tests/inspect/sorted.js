// sorted: true and sorted: comparator.
const util = require('util');
const obj = { c: 3, a: 1, b: 2, [Symbol('z')]: 4 };
console.log(util.inspect(obj, { sorted: true }));
console.log(util.inspect(obj, { sorted: (x, y) => (x < y ? 1 : x > y ? -1 : 0) }));
console.log(util.inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }));
console.log(util.inspect(new Set([3, 1, 2]), { sorted: true }));
console.log(util.inspect(Object.assign([3, 1, 2], { z: 1, y: 2 }), { sorted: true }));
console.log(util.inspect({ b: { d: 1, c: 2 }, a: 0 }, { sorted: true }));
