// Map and Set formatting.
const util = require('util');
console.log(util.inspect(new Map()), util.inspect(new Set()));
console.log(util.inspect(new Map([['a', 1], [{ b: 2 }, [3]], [null, undefined]])));
console.log(util.inspect(new Set([1, 'a', { b: 1 }, [2]])));
console.log(util.inspect(Object.assign(new Set([1]), { extra: true })));
console.log(util.inspect(new Map(Array.from({ length: 10 }, (_, i) => ['key' + i, { value: i }]))));
console.log(util.inspect(new Set(Array.from({ length: 30 }, (_, i) => i))));
class MySet extends Set {}
console.log(util.inspect(new MySet([1])));
console.log(util.inspect(Object.setPrototypeOf(new Map([[1, 2]]), null)));
console.log(util.inspect(new Map([[new Map([[1, 2]]), new Set([new Set([3])])]])));
console.log(util.inspect({ m: new Map([[{ a: { b: { c: 1 } } }, 1]]) }));
console.log(util.inspect(new Map([['x', 1]]), { compact: false }));
console.log(util.inspect(new Set(['b', 'a', 'c']), { sorted: true }));
