'use strict';
// util.getSystemErrorName / getSystemErrorMessage / getSystemErrorMap (Linux libuv table).
const util = require('util');
for (const code of [-1, -2, -4, -9, -11, -13, -17, -20, -21, -22, -24, -28, -32, -39, -98, -104, -110, -111, -3008, -4095]) {
  console.log(code, util.getSystemErrorName(code), util.getSystemErrorMessage(code));
}
console.log(util.getSystemErrorName(-99999), '|', util.getSystemErrorMessage(-99999));
for (const bad of [0, 1, -1.5, NaN, '2', 2 ** 60, -(2 ** 60)]) {
  try { util.getSystemErrorName(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.size, map.get(-2), map.get(-111));
console.log([...map.keys()].slice(0, 5));
console.log(util.getSystemErrorMap() !== map);
