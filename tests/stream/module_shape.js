// The shape of the stream modules: export names, prototype chains, method
// names/lengths and property descriptors.
'use strict';
const stream = require('stream');
const util = require('util');

console.log(Object.keys(stream));
console.log(Object.getOwnPropertyNames(stream));
const { Readable, Writable, Duplex, Transform, PassThrough } = stream;
for (const C of [Readable, Writable, Duplex, Transform, PassThrough, stream.Stream]) {
  const p = C.prototype;
  console.log(C.name, C.length, Object.getPrototypeOf(p).constructor.name,
              Reflect.ownKeys(p).map((k) => {
                const d = Object.getOwnPropertyDescriptor(p, k);
                return String(k) + (d.get ? '(g' + (d.set ? 's' : '') + ')' : '') + (d.enumerable ? 'E' : '');
              }).join(' '));
  console.log('  static', Reflect.ownKeys(C).map(String).join(' '));
}
console.log(Object.getOwnPropertyNames(Readable.ReadableState.prototype));
console.log(Object.getOwnPropertyNames(Writable.WritableState.prototype));
console.log(typeof stream.promises.pipeline, typeof stream.finished, stream.destroy.name, stream.compose.name);
console.log(util.inspect(stream.Readable.from), Readable.prototype.map.name, Readable.prototype.map.length);
console.log(stream._isUint8Array(new Uint8Array(1)), stream._isArrayBufferView(new DataView(new ArrayBuffer(1))),
            stream._uint8ArrayToBuffer(new Uint16Array([258])));
console.log(Object.keys(require('stream/consumers')), Object.keys(require('string_decoder')));
console.log(Readable.prototype.toString === Object.prototype.toString, String(new Readable()));
try {
  new Readable()[Symbol.for('Stream.toAsyncStreamable')]();
} catch (e) {
  console.log(e.code, e.message);
}
