// Legacy inspect(obj, showHidden, depth, colors) signature and unknown options.
const util = require('util');
const obj = { a: { b: { c: { d: 1 } } } };
console.log(util.inspect(obj, false, 0));
console.log(util.inspect(obj, false, null));
console.log(util.inspect(obj, false, undefined, false));
console.log(JSON.stringify(util.inspect([1], false, 2, true)));
console.log(util.inspect(Object.defineProperty({}, 'h', { value: 1 }), true));
console.log(util.inspect(obj, { depth: 1, unknownOption: true }));
console.log(util.inspect(obj, null));
