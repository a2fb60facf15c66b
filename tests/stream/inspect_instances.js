// util.inspect of fresh stream objects: the _events shape, the state objects
// and their kState bit fields.
'use strict';
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');

console.log(new Readable());
console.log(new Writable());
console.log(new Duplex());
console.log(new Transform());
console.log(new PassThrough({ objectMode: true }));
console.log(new Readable({ encoding: 'hex', objectMode: true, highWaterMark: 3 }));
console.log(new Readable({ defaultEncoding: 'latin1', emitClose: false, autoDestroy: false })._readableState);
console.log(new Writable({ decodeStrings: false, defaultEncoding: 'base64' })._writableState);
console.log(new Duplex({ readable: false, allowHalfOpen: false }));
console.log(new Duplex({ writable: false, readableObjectMode: true, writableHighWaterMark: 7 }));
console.log(new Readable({ read() {} }));
