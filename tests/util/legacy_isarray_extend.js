'use strict';
// Deprecated util.isArray and util._extend still work and warn once.
const util = require('util');
process.on('warning', (w) => console.log('warning', w.code, w.message));
console.log(util.isArray([]), util.isArray({}), util.isArray('x'));
console.log(util._extend({ a: 1 }, { b: 2, c: 3 }), util._extend({ a: 1 }, null), util._extend({ a: 1 }, 'str'));
util.isArray([]);
console.log(typeof util.isBoolean, typeof util.isString, typeof util.log);
