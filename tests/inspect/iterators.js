// Map/Set iterators show their remaining entries.
const util = require('util');
const m = new Map([['a', 1], ['b', { c: 2 }]]);
console.log(util.inspect(m.entries()));
console.log(util.inspect(m.keys()));
console.log(util.inspect(m.values()));
console.log(util.inspect(m[Symbol.iterator]()));
const s = new Set([1, 2, 3]);
console.log(util.inspect(s.values()));
console.log(util.inspect(s.entries()));
const it = m.keys();
it.next();
console.log(util.inspect(it));
it.next();
console.log(util.inspect(it));
console.log(util.inspect({ nested: s.values() }));
console.log(util.inspect(new Map(Array.from({ length: 5 }, (_, i) => [i, i])).entries(), { maxArrayLength: 2 }));
