// Symbol keys, hidden properties and showHidden.
const util = require('util');
const o = { a: 1, [Symbol('sym')]: 2, [Symbol()]: 3, [Symbol('with space')]: 4, [Symbol.iterator]: 5 };
console.log(util.inspect(o));
Object.defineProperty(o, 'hidden', { value: 'h', enumerable: false });
Object.defineProperty(o, Symbol('hiddenSym'), { value: 'hs', enumerable: false });
console.log(util.inspect(o));
console.log(util.inspect(o, { showHidden: true }));
console.log(util.inspect(Object.defineProperty({}, 'a-b', { value: 1 }), { showHidden: true }));
console.log(util.inspect([1, 2], { showHidden: true }));
console.log(util.inspect(new String('ab'), { showHidden: true }));
console.log(util.inspect({ [Symbol("q'uote")]: 1, [Symbol('new\nline')]: 2 }));
console.log(util.inspect(Symbol('a\nb')));
console.log(util.inspect({ s: Symbol('value') }));
