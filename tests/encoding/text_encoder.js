'use strict';
// TextEncoder: encode, encodeInto, encoding, errors.
const enc = new TextEncoder();
const bytes = (u8) => Array.from(u8).join(',');
console.log(enc.encoding, Object.prototype.toString.call(enc));
console.log(bytes(enc.encode('a€😀')), enc.encode('a€😀') instanceof Uint8Array);
console.log(bytes(enc.encode()), bytes(enc.encode(undefined)), bytes(enc.encode(123)), bytes(enc.encode(null)));
console.log(bytes(enc.encode('\ud800x')), bytes(enc.encode('\udc00')));
for (const [src, size] of [['a€😀', 5], ['abc', 10], ['😀a', 3], ['€', 2], ['', 1], ['\ud800', 3]]) {
  const dest = new Uint8Array(size);
  const r = enc.encodeInto(src, dest);
  console.log(JSON.stringify(src), size, JSON.stringify(r), bytes(dest));
}
const view = new Uint8Array(new ArrayBuffer(8), 2, 4);
console.log(JSON.stringify(enc.encodeInto('hello', view)), bytes(new Uint8Array(view.buffer)));
for (const [label, fn] of [
  ['destArray', () => enc.encodeInto('a', [])],
  ['destUint16', () => enc.encodeInto('a', new Uint16Array(2))],
  ['srcNumber', () => enc.encodeInto(1, new Uint8Array(2))],
  ['badThis', () => TextEncoder.prototype.encode.call({}, 'a')],
  ['badThisGetter', () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call(1)],
]) {
  try { fn(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
console.log(Object.getOwnPropertyNames(TextEncoder.prototype));
console.log(require('util').inspect(enc));
