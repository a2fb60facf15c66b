// StringDecoder utf16le/ucs2: odd byte counts, surrogate pairs split across
// writes, and lone surrogates at end().
'use strict';
const { StringDecoder } = require('string_decoder');

const codes = (s) => Array.from(s, (c) => c.charCodeAt(0).toString(16)).join(' ');
const bytes = Buffer.from('a€😀', 'utf16le');
for (let split = 0; split <= bytes.length; split++) {
  const d = new StringDecoder('utf16le');
  const a = d.write(bytes.subarray(0, split));
  const b = d.write(bytes.subarray(split));
  console.log(split, codes(a), '|', codes(b), '|', codes(d.end()), d.lastNeed);
}
{
  const d = new StringDecoder('ucs2');
  console.log(d.encoding, codes(d.write(Buffer.from([0x3d, 0xd8]))), d.lastNeed, d.lastTotal);
  console.log(codes(d.end()));
}
{
  const d = new StringDecoder('UTF-16LE');
  console.log(codes(d.write(Buffer.from([0x61, 0x00, 0x62]))), d.lastNeed);
  console.log(codes(d.end()), '(dangling byte dropped)');
}
{
  const d = new StringDecoder('utf16le');
  console.log(codes(d.write(Buffer.from([0x3d, 0xd8, 0x41]))), d.lastNeed, d.lastTotal);
  console.log(codes(d.write(Buffer.from([0x00]))));
  console.log(codes(d.end()));
}
