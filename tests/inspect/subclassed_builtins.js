// Subclasses of built-in types keep the built-in formatting under their own name.
const util = require('util');
class MyMap extends Map {}
class MySet extends Set {}
class MyArray extends Array {}
class MyPromise extends Promise {}
class MyBytes extends Uint8Array {}
class MyDate extends Date {}
class MyRegExp extends RegExp {}
class MyBuffer extends ArrayBuffer {}
const m = new MyMap([['k', 1]]);
m.extra = true;
console.log(util.inspect(m), util.inspect(new MyMap()));
console.log(util.inspect(new MySet([1, 2])), util.inspect(new MySet()));
console.log(util.inspect(MyArray.from([1, 2, 3])), util.inspect(new MyArray()));
console.log(util.inspect(MyPromise.resolve(7)));
console.log(util.inspect(new MyBytes([1, 2])), util.inspect(new MyBytes(0)));
console.log(util.inspect(new MyDate(0)), util.inspect(new MyRegExp('a+', 'g')));
console.log(util.inspect(new MyBuffer(2)));
const nullMap = Object.setPrototypeOf(new Map([[1, 2]]), null);
const nullSet = Object.setPrototypeOf(new Set(['x']), null);
const nullArr = Object.setPrototypeOf([1, 2], null);
const nullDate = Object.setPrototypeOf(new Date(0), null);
console.log(util.inspect(nullMap), util.inspect(nullSet), util.inspect(nullArr));
console.log(util.inspect(nullDate));
class Tagged extends Map { get [Symbol.toStringTag]() { return 'Special'; } }
console.log(util.inspect(new Tagged([[1, 1]])));
const anon = new (class extends Set {})([1]);
console.log(util.inspect(anon));
console.log(util.inspect({ m, list: [new MySet(['a']), MyArray.of(1)] }));
