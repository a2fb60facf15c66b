// Arrays: extra properties, subclasses, null prototype.
const util = require('util');
console.log(util.inspect([]));
console.log(util.inspect([1, 'a', null, undefined, true, 1n, Symbol('s')]));
console.log(util.inspect(Object.assign([1, 2], { extra: 'x', [Symbol('s')]: 1 })));
console.log(util.inspect(Object.assign([], { only: 'prop' })));
class MyArray extends Array {}
console.log(util.inspect(MyArray.from([1, 2, 3])), util.inspect(new MyArray()));
console.log(util.inspect(Object.setPrototypeOf([1, 2], null)));
console.log(util.inspect([[1, [2, [3, [4, [5]]]]]]));
console.log(util.inspect([1, 2, 3], { showHidden: true }));
console.log(util.inspect([function named() {}, () => {}, class K {}]));
