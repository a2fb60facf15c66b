'use strict';
// util.inspect of TextDecoder / TextEncoder.
const util = require('util');
console.log(util.inspect(new TextDecoder()));
console.log(util.inspect(new TextDecoder('latin1', { fatal: true, ignoreBOM: true })));
console.log(util.inspect(new TextDecoder('utf-16le')));
console.log(util.inspect(new TextEncoder()));
console.log(util.inspect({ d: new TextDecoder() }, { depth: 0 }));
console.log(util.inspect([new TextDecoder()]));
console.log(Object.getOwnPropertyNames(TextDecoder.prototype));
console.log(Object.keys(new TextDecoder()), Object.keys(new TextEncoder()));
