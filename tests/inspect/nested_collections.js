// Maps, Sets and arrays nested in each other: depth markers, line breaking
// and circular references through keys and members.
const util = require('util');
const inner = new Map([['deep', new Set([{ x: 1 }])]]);
const outer = new Map([['inner', inner], [{ objKey: true }, [inner]]]);
console.log(util.inspect(outer));
console.log(util.inspect(outer, { depth: 0 }), util.inspect(outer, { depth: 1 }));
console.log(util.inspect(outer, { depth: Infinity }));
const set = new Set([[1, 2], new Map([[1, new Set()]]), 'str'.repeat(20), { key: 'value'.repeat(10) }]);
console.log(util.inspect(set));
const m = new Map();
m.set(m, 'self as key');
const s = new Set();
const holder = { s };
s.add(holder);
console.log(util.inspect(m), util.inspect(holder));
const arr = [new Map([['a', [new Set([1])]]]), [[new Map()]]];
console.log(util.inspect(arr), util.inspect(arr, { depth: 1 }));
console.log(util.inspect(new Map(Array.from({ length: 8 }, (_, i) => [`key${i}`, { index: i }]))));
console.log(util.inspect(new Set(Array.from({ length: 30 }, (_, i) => i * 100))));
