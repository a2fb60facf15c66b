// Boxed primitives.
const util = require('util');
console.log(util.inspect(new Number(3)), util.inspect(new Number(-0)), util.inspect(new String('ab')));
console.log(util.inspect(new Boolean(false)), util.inspect(Object(10n)), util.inspect(Object(Symbol('s'))));
console.log(util.inspect(Object.assign(new String('abc'), { extra: 1 })));
console.log(util.inspect(Object.assign(new Number(5), { unit: 'kg' })));
class MyString extends String {}
console.log(util.inspect(new MyString('sub')));
console.log(util.inspect(Object.setPrototypeOf(new Number(1), null)));
console.log(util.inspect(new String("it's")));
console.log(util.inspect([new Number(1), new String('x')]));
console.log(util.inspect(new Number(1234567), { numericSeparator: true }));
