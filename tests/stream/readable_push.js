// push() return values (backpressure), empty chunks, typed arrays, object
// mode values and highWaterMark 0.
'use strict';
const { Readable } = require('stream');

const r = new Readable({ highWaterMark: 6, read() {} });
console.log(r.push('ab'), r.readableLength);
console.log(r.push('cd'), r.readableLength);
console.log(r.push('ef'), r.readableLength);
console.log(r.push(''), r.readableLength);
console.log(r.push(new Uint16Array([1, 2])), r.readableLength);
console.log(r.push(new DataView(new ArrayBuffer(3))), r.readableLength);
console.log(r.push(undefined), r.readableLength);
console.log(r.read());
console.log(r.push(null), r.push(null));

const z = new Readable({ highWaterMark: 0, read() { console.log('z _read'); } });
console.log('hwm0 push', z.push('a'), z.readableLength);
console.log('hwm0 read', String(z.read()));

const o = new Readable({ objectMode: true, read() {} });
for (let i = 0; i < 17; i++) {
  const ret = o.push(i);
  if (!ret) console.log('object push false at', i, o.readableLength);
}
console.log(o.push(undefined), o.push(0), o.push(''), o.readableLength);
const got = [];
let v;
while ((v = o.read()) !== null) got.push(v);
console.log(got);

const hex = new Readable({ read() {} });
hex.push('ff00', 'hex');
hex.push('aGk=', 'base64');
console.log(hex.read());
