// console.table with arrays of objects, arrays, primitives.
console.table([{ a: 1, b: 'x' }, { a: 2, c: [1, 2, 3, 4] }]);
console.table([1, 'two', { a: 1 }]);
console.table([[1, 2], [3, 4, 5]]);
console.table([]);
console.table(['apples', 'oranges', 'bananas']);
console.table([{ name: 'alice', nested: { deep: { x: 1 } }, f() {}, s: Symbol('s'), arr: [1, 2, 3, 4, 5] }]);
console.table([{ big: { a: 1, b: 2, c: 3 } }]);
console.table([{ a: null, b: undefined, c: -0, d: 10n }]);
