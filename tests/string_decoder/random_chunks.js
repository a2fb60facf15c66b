// Deterministic pseudo-random byte chunks through every encoding, checking
// output and lastNeed/lastTotal/lastChar after each write.
'use strict';
const { StringDecoder } = require('string_decoder');

let seed = 12345;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const encs = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii'];
// Bytes likely to form (or break) multi-byte sequences and surrogates.
const pool = [0x41, 0x80, 0xbf, 0xc2, 0xc3, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80,
              0xd8, 0xdc, 0x3d, 0xff, 0xed, 0xa0, 0xf4, 0x90, 0xc0, 0xf8, 0x00, 0xdb];
const codes = (s) => Array.from(s, (c) => c.charCodeAt(0).toString(16)).join('.');
for (let iter = 0; iter < 400; iter++) {
  const enc = encs[iter % encs.length];
  const d = new StringDecoder(enc);
  const res = [];
  const nchunks = 1 + rnd(4);
  for (let c = 0; c < nchunks; c++) {
    const len = rnd(6);
    const b = Buffer.alloc(len);
    for (let i = 0; i < len; i++) b[i] = rnd(3) === 0 ? rnd(256) : pool[rnd(pool.length)];
    res.push(codes(d.write(b)), d.lastNeed, d.lastTotal, d.lastChar.toString('hex'));
  }
  res.push(codes(d.end()));
  console.log(enc, res.join(','));
}
