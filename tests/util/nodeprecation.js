'use strict';
// process.noDeprecation silences util.deprecate warnings.
const util = require('util');
process.noDeprecation = true;
process.on('warning', (w) => console.log('warning:', w.message));
const f = util.deprecate(() => 'value', 'should not warn', 'DEP_SILENT');
console.log(f());
setTimeout(() => console.log('done'), 5);
