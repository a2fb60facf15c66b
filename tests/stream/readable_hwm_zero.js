// highWaterMark 0 Readable: _read is still called when a consumer asks, and
// data flows one chunk at a time.
'use strict';
const { Readable } = require('stream');

let n = 0;
const r = new Readable({
  highWaterMark: 0,
  read() {
    n++;
    console.log('_read', n, this.readableLength);
    if (n <= 3) setImmediate(() => this.push(`v${n}`));
    else this.push(null);
  },
});
console.log('hwm', r.readableHighWaterMark);
r.on('readable', () => {
  let chunk;
  while ((chunk = r.read()) !== null) console.log('read', String(chunk));
});
r.on('end', () => console.log('end'));

const o = new Readable({ objectMode: true, highWaterMark: 0, read() {} });
console.log('object hwm0 push', o.push('x'), o.readableLength);
o.on('data', (d) => console.log('object data', d));
