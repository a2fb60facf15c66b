// Inspecting streams part way through their life: buffered chunks, pending
// writes, corked writes, ended, errored and destroyed states.
'use strict';
const { Readable, Writable } = require('stream');
const util = require('util');

const r = new Readable({ read() {} });
r.push('abc');
r.push('def');
console.log(r._readableState);
r.read(4);
console.log(r._readableState, r.readableBuffer);
r.setEncoding('utf8');
console.log(r._readableState);
r.push(null);
console.log(util.inspect(r, { depth: 0 }));

const w = new Writable({ highWaterMark: 3, write(chunk, enc, cb) { setImmediate(cb); } });
w.write('ab');
w.write('cd', () => {});
w.cork();
w.write('ef');
console.log(w._writableState);
console.log(w.writableBuffer, w._writableState.getBuffer(), w._writableState.bufferedRequestCount);
w.uncork();

// An error without a stack keeps absolute paths out of the output.
const boom = new Error('boom');
boom.stack = 'Error: boom (no stack)';
const w2 = new Writable({ write(c, e, cb) { cb(boom); } });
w2.on('error', (err) => {
  console.log('w2 error', err.message);
  console.log(w2._writableState);
});
w2.write('x');

const r2 = new Readable({ read() {} });
r2.on('close', () => console.log('r2 closed', r2._readableState));
r2.destroy();

w.on('finish', () => console.log('w finish', w._writableState));
w.end();
