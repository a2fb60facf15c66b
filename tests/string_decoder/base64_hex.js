// StringDecoder base64/base64url (3-byte groups buffered), hex, latin1 and
// ascii (stateless).
'use strict';
const { StringDecoder } = require('string_decoder');

for (const enc of ['base64', 'base64url']) {
  const d = new StringDecoder(enc);
  const out = [];
  for (const chunk of [[0xfb], [0xff, 0xbf], [1, 2, 3, 4], [5]]) {
    out.push(d.write(Buffer.from(chunk)), `need=${d.lastNeed}`);
  }
  out.push(d.end());
  console.log(enc, out.join(' '));
  console.log(enc, new StringDecoder(enc).end(Buffer.from('hello world')));
}
for (const enc of ['hex', 'latin1', 'binary', 'ascii']) {
  const d = new StringDecoder(enc);
  console.log(enc, d.encoding, JSON.stringify(d.write(Buffer.from([0x41, 0xe9, 0xff]))), d.lastNeed, JSON.stringify(d.end(Buffer.from([0x7a]))));
}
