// StringDecoder API details: encoding normalization, errors, write() of
// strings and typed arrays, text(), lastChar/lastNeed/lastTotal and inspect.
'use strict';
const { StringDecoder } = require('string_decoder');
const util = require('util');

for (const e of ['utf8', 'UTF8', 'utf-8', 'ucs2', 'UCS-2', 'utf16le', 'latin1', 'binary', 'base64', 'base64url', 'hex', 'ascii', undefined, null, '']) {
  console.log(String(e), new StringDecoder(e).encoding);
}
for (const e of ['foo', 5, {}, 'utf32']) {
  try {
    new StringDecoder(e);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
const d = new StringDecoder();
console.log(d);
console.log(JSON.stringify(d.write(Buffer.from([0xe2, 0x82]))), d);
console.log(d.lastChar, d.lastNeed, d.lastTotal);
console.log(JSON.stringify(d.write('a string passes through')), d.lastNeed);
console.log(d.end(new Uint8Array([0xac])));
for (const bad of [5, null, {}, []]) {
  try {
    d.write(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
console.log(d.write(new Uint16Array([0x6968])), d.write(new DataView(Buffer.from('dv').buffer, Buffer.from('dv').byteOffset, 2)));
const t = new StringDecoder('utf8');
t.write(Buffer.from([0xe2]));
console.log(JSON.stringify(t.text(Buffer.from('xyz'), 1)), t.lastNeed);
console.log(Object.getOwnPropertyNames(StringDecoder.prototype), StringDecoder.name, StringDecoder.length);
console.log(Object.keys(d), util.inspect(new StringDecoder('hex'), { showHidden: true }));
const proto = Object.getOwnPropertyDescriptor(StringDecoder.prototype, 'lastNeed');
console.log(typeof proto.get, proto.enumerable, proto.configurable);
try {
  StringDecoder('latin1');
} catch (err) {
  console.log('without new:', err.name);
}
