'use strict';
// util.types: the checks V8 provides are nameless with length 0, the JS ones
// keep their names; isArrayBufferView is ArrayBuffer.isView itself.
const { types } = require('util');
for (const k of Object.keys(types)) {
  console.log(k, JSON.stringify(types[k].name), types[k].length, typeof types[k]);
}
console.log(types.isArrayBufferView === ArrayBuffer.isView);
console.log(Object.keys(require('util/types')).join() === Object.keys(types).join(), require('util/types') === types);
