// util.inspect of primitive values.
const util = require('util');
const values = [0, -0, 1.5, -42, 1e21, 1e-7, NaN, Infinity, -Infinity, 2 ** 53, 10n, -123n,
  true, false, undefined, null, '', 'hello', Symbol(), Symbol('desc'), Symbol.iterator,
  Symbol.for('registered')];
for (const v of values) console.log(util.inspect(v));
console.log(util.inspect(-0), String(-0), `${[-0]}`);
