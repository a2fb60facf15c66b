// read(n): partial reads, reads across chunks, read(0), oversized reads that
// grow highWaterMark, and NaN/string sizes.
'use strict';
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('abc');
r.push('defg');
r.push('hi');
console.log(r.readableLength);
console.log(String(r.read(2)), r.readableLength);
console.log(String(r.read(4)), r.readableLength);
console.log(r.read(10), r.readableLength);
console.log(String(r.read('2')), r.readableLength);
console.log(String(r.read()), r.readableLength);
console.log(r.read(0));
console.log(r.read(), r.readableLength);

const big = new Readable({ highWaterMark: 4, read() {} });
big.read(100);
console.log('hwm grown to', big.readableHighWaterMark);
big.read(1000);
console.log('hwm grown to', big.readableHighWaterMark);
try {
  big.read(2 ** 31);
} catch (e) {
  console.log(e.name, e.code, e.message);
}

const ended = new Readable({ read() {} });
ended.push('xyz');
ended.push(null);
console.log(String(ended.read(10)));
ended.on('end', () => console.log('ended end'));
console.log(ended.read());

const obj = new Readable({ objectMode: true, read() {} });
obj.push({ a: 1 });
obj.push('str');
obj.push(42);
console.log(obj.readableLength, obj.read(5), obj.read(), obj.read(0), obj.readableLength);
