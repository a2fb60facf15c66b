// console.table with objects, Maps, Sets, iterators and a column filter.
console.table({ r1: { c1: 1 }, r2: { c2: 2 } });
console.table({ a: 1, b: 'two' });
console.table([{ a: 1, b: 2, c: 3 }], ['b', 'c']);
console.table([{ a: 1 }, 'prim'], ['a']);
console.table(new Map([['k', { v: 1 }], ['k2', 2]]));
console.table(new Set([1, 'a', { b: 2 }]));
console.table(new Map([['x', 1]]).entries());
console.table(new Set(['p', 'q']).values());
console.table({ wide: '中文', ascii: 'abcd' });
console.table(5);
console.table('string');
console.table(null);
try {
  console.table([], 'bad');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
