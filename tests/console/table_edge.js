// console.table corner cases: nested values, wide and combining characters,
// missing columns, symbol and numeric keys.
console.table([{ nested: { a: 1, b: 2, c: 3 }, arr: [[1, [2]]], fn: function named() {} }]);
console.table({ emoji: '😀😀', combining: 'e\u0301', tab: 'a\tb', newline: 'x\ny' });
console.table([{ a: 1 }, { b: 2 }, { a: 3, c: 4 }], ['c', 'missing', 'a']);
console.table({ 10: { v: 1 }, 2: { v: 2 }, z: { v: 3 } });
console.table([{ [Symbol('s')]: 1, plain: 2 }]);
console.table([[], [1], [1, 2, 3]]);
console.table(new Map([[{ key: 'obj' }, [1, 2]], [NaN, null]]));
console.table([undefined, null, 0n, -0]);
console.table({ row: 'x'.repeat(30) }, []);
console.table([{ a: 'long '.repeat(5) }, { a: 'short' }]);
