// Long arrays of short items are laid out in aligned columns.
const util = require('util');
console.log(util.inspect(Array.from({ length: 26 }, (_, i) => i * 37)));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => 'item' + i)));
console.log(util.inspect([1, 'two', 3, 'four', 5, 'six', 7, 'eight', 9, 'ten']));
console.log(util.inspect([1, 2, 3, 4, 5, 6, 7]));
console.log(util.inspect(['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'b', 'c', 'd', 'e', 'f', 'g']));
console.log(util.inspect([1.5, -2.25, 3, 400000, 5e-7, -0, NaN, 8, 9, 10, 11, 12]));
console.log(util.inspect([1n, 22n, 333n, 4444n, 55555n, 6n, 7n, 8n]));
console.log(util.inspect(Array.from({ length: 8 }, (_, k) => [k, k + 1])));
console.log(util.inspect(Array.from({ length: 12 }, (_, k) => 'x'.repeat(k))));
console.log(util.inspect({ nested: { list: Array.from({ length: 50 }, (_, i) => i) } }));
console.log(util.inspect(Array.from({ length: 7 }, () => undefined)));
console.log(util.inspect(Array.from({ length: 60 }, (_, i) => (i % 2 ? i : 'k' + i))));
console.log(util.inspect(Array.from({ length: 30 }, (_, i) => i), { compact: 1 }));
