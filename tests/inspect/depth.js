// Depth limits: [Object], [Array] and friends past the default depth of 2.
const util = require('util');
const deep = { a: { b: { c: { d: { e: 1 } } } }, arr: [[[[1]]]], m: { n: { o: new Map([[1, 2]]) } } };
console.log(util.inspect(deep));
console.log(util.inspect(deep, { depth: 0 }));
console.log(util.inspect(deep, { depth: 1 }));
console.log(util.inspect(deep, { depth: null }));
console.log(util.inspect(deep, { depth: Infinity }));
console.log(util.inspect(deep, { depth: -1 }));
console.log(util.inspect({ a: { b: { c: {} } } }), util.inspect({ a: { b: { c: [] } } }));
class Foo { constructor() { this.x = 1; } }
console.log(util.inspect({ a: { b: { foo: new Foo(), n: Object.create(null), s: new Set([1]), r: /re/ } } }));
console.log(util.inspect([new Foo()], { depth: 0 }));
console.log(util.inspect(deep, false, 0));
