// Plain objects: key quoting, nesting and line breaking.
const util = require('util');
console.log(util.inspect({}));
console.log(util.inspect({ a: 1, b: 'two', c: [3], d: { e: null, f: undefined } }));
console.log(util.inspect({ 'a-b': 1, 3: 2, 'with space': 3, "quo'te": 4, $dollar: 5, _under: 6, 'a\nb': 7, '': 8 }));
console.log(util.inspect({ ['__proto__']: 1, __proto__x: 2 }));
console.log(util.inspect(JSON.parse('{"__proto__": {"a": 1}}')));
const long = {};
for (let i = 0; i < 26; i++) long[String.fromCharCode(97 + i)] = i;
console.log(util.inspect(long));
console.log(util.inspect({ aaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbb', cccccccccc: 'dddddddddddddddddddd', eeeeeeeeee: 'ffffffffffff' }));
console.log(util.inspect({ a: 'x'.repeat(70), b: 'y'.repeat(30) }));
console.log(util.inspect({ list: Array.from({ length: 30 }, (_, i) => i), name: 'x' }));
console.log(util.inspect([{ name: 'alice', age: 30, tags: ['a', 'b'] }, { name: 'bob', age: 25, tags: [] }]));
