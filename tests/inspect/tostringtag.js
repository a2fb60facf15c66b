// Symbol.toStringTag in prefixes: Object [foo] {}, Class [tag] {}.
const util = require('util');
class Tagged { get [Symbol.toStringTag]() { return 'Custom'; } }
console.log(util.inspect(new Tagged()));
class TaggedWithProps { constructor() { this.a = 1; } get [Symbol.toStringTag]() { return 'T'; } }
console.log(util.inspect(new TaggedWithProps()));
console.log(util.inspect({ [Symbol.toStringTag]: 'own' }));
console.log(util.inspect(Object.defineProperty({}, Symbol.toStringTag, { value: 'hidden' })));
console.log(util.inspect(Object.defineProperty({ x: 1 }, Symbol.toStringTag, { value: 'hidden' })));
console.log(util.inspect(Object.defineProperty(Object.create(null), Symbol.toStringTag, { value: 'np' })));
class MapLike { get [Symbol.toStringTag]() { return 'Map'; } }
console.log(util.inspect(new MapLike()));
class FooBar { get [Symbol.toStringTag]() { return 'Bar'; } }
console.log(util.inspect(new FooBar()));
class MyMap extends Map {}
class M extends Map {}
console.log(util.inspect(new MyMap([[1, 2]])), util.inspect(new M([[1, 2]])));
console.log(util.inspect(Math), util.inspect(JSON));
console.log(util.inspect([1][Symbol.iterator]()), util.inspect('ab'[Symbol.iterator]()));
console.log(util.inspect((function* gen() { yield 1; })()));
