// StringDecoder utf8: characters split across writes at every position,
// invalid and truncated sequences, and end().
'use strict';
const { StringDecoder } = require('string_decoder');

const show = (s) => JSON.stringify(s);
const text = 'aé€😀z';
const bytes = Buffer.from(text);
for (let split = 0; split <= bytes.length; split++) {
  const d = new StringDecoder('utf8');
  const a = d.write(bytes.subarray(0, split));
  const b = d.write(bytes.subarray(split));
  console.log(split, show(a), show(b), show(d.end()));
}
{
  const d = new StringDecoder();
  const out = [];
  for (const byte of bytes) out.push(d.write(Buffer.from([byte])));
  console.log(show(out), show(d.end()));
}
const cases = [
  [0xe2, 0x82], [0xe2, 0x41], [0xf0, 0x9f, 0x98], [0x80], [0xc0, 0x80], [0xed, 0xa0, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82, 0xe2, 0x82, 0xac],
  [0xc3], [0x41, 0xc3],
];
for (const c of cases) {
  const d = new StringDecoder('utf8');
  const w = d.write(Buffer.from(c));
  console.log(Buffer.from(c).toString('hex'), show(w), d.lastNeed, d.lastTotal, show(d.end()));
}
{
  const d = new StringDecoder('utf-8');
  console.log(show(d.write(Buffer.from([0xe2]))), show(d.write(Buffer.from([0x61]))), show(d.end(Buffer.from([0xe2, 0x82]))));
  console.log(show(d.end()), show(d.end(Buffer.from('ok'))));
}
{
  const d = new StringDecoder('utf8');
  console.log(show(d.write(Buffer.from([0xf0, 0x9f]))), show(d.write(Buffer.from([0x98]))), show(d.write(Buffer.from([0x80, 0x21]))));
}
