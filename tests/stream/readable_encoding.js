// setEncoding()/encoding option: multi-byte characters split across pushes,
// re-decoding of already buffered data, and non-utf8 encodings.
'use strict';
const { Readable } = require('stream');

const euro = Buffer.from('€uro✓');
{
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  for (let i = 0; i < euro.length; i++) r.push(euro.subarray(i, i + 1));
  r.push(null);
  const out = [];
  r.on('data', (d) => out.push(d));
  r.on('end', () => console.log('utf8 pieces', JSON.stringify(out), r.readableEncoding));
}
{
  const r = new Readable({ read() {} });
  r.push(euro.subarray(0, 2));
  r.push(euro.subarray(2, 5));
  console.log('before setEncoding', r.readableLength);
  r.setEncoding('UTF-8');
  console.log('after setEncoding', r.readableLength, r.readableEncoding, JSON.stringify(r._readableState.buffer));
}
{
  const r = new Readable({ encoding: 'hex', read() {} });
  r.push(Buffer.from([1, 2, 255]));
  r.push('zz');
  r.push('abcd', 'hex');
  r.push(null);
  r.on('data', (d) => console.log('hex data', d));
}
{
  const r = new Readable({ encoding: 'base64', read() {} });
  r.push(Buffer.from('a'));
  r.push(Buffer.from('bcd'));
  r.push(Buffer.from('ef'));
  r.push(null);
  let s = '';
  r.on('data', (d) => { s += d; console.log('b64 piece', d); });
  r.on('end', () => console.log('b64 total', s, Buffer.from(s, 'base64').toString()));
}
{
  const r = new Readable({ read() {} });
  r.setEncoding('utf16le');
  r.push(Buffer.from([0x3d, 0xd8, 0x00]));
  r.push(Buffer.from([0xde, 0x41]));
  r.push(Buffer.from([0x00]));
  r.push(null);
  r.on('data', (d) => console.log('utf16 piece', d.length, d.charCodeAt(0).toString(16)));
}
{
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  r.push(Buffer.from([0xe2, 0x82]));
  r.push(null);
  r.on('data', (d) => console.log('truncated', JSON.stringify(d)));
}
try {
  new Readable().setEncoding('bogus');
} catch (e) {
  console.log(e.code, e.message);
}
