// The compact option and how lines are combined.
const util = require('util');
const obj = { a: 1, b: { c: 1, d: { e: 1, f: [1, 2, { g: 1 }] } }, h: 'str', i: [1, 2, 3] };
for (const compact of [true, false, 1, 2, 3, 5]) {
  console.log(`compact: ${compact}`);
  console.log(util.inspect(obj, { compact }));
}
console.log(util.inspect(obj, { compact: true, breakLength: 30 }));
console.log(util.inspect(obj, { compact: false, breakLength: Infinity }));
console.log(util.inspect([{ a: { b: 1 } }, { c: 2 }]));
console.log(util.inspect({ x: [[1, 2], [3, 4]], y: new Map([['k', [1]]]) }, { compact: false }));
