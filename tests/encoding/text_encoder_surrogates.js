'use strict';
// TextEncoder with unpaired surrogates: each becomes U+FFFD (EF BF BD) in
// encode() and encodeInto(); valid pairs stay 4-byte sequences.
const enc = new TextEncoder();
const dec = new TextDecoder();
const hex = (u8) => Array.from(u8, (b) => b.toString(16).padStart(2, '0')).join(' ');
const inputs = ['\ud83d', '\ude00', 'a\ud83db', '\ude00\ud83d', '\ud83d\ude00', '\ud83d\ud83d\ude00',
  'x\udfff', '\ud800\udc00\udc00', 'abc\ud834'];
for (const s of inputs) {
  const bytes = enc.encode(s);
  const dest = new Uint8Array(bytes.length + 2);
  const r = enc.encodeInto(s, dest);
  console.log(JSON.stringify(s), hex(bytes), JSON.stringify(r), hex(dest.subarray(0, r.written)),
              JSON.stringify(dec.decode(bytes)) === JSON.stringify(s.toWellFormed()));
}
// A destination that has room for the replacement character but not for more.
for (const size of [0, 1, 2, 3, 4]) {
  const dest = new Uint8Array(size);
  console.log(size, JSON.stringify(enc.encodeInto('\ud83dz', dest)), hex(dest));
}
const long = 'ab\ud800'.repeat(1000);
const bytes = enc.encode(long);
console.log(bytes.length, hex(bytes.subarray(0, 10)), dec.decode(bytes) === long.toWellFormed());
console.log(hex(enc.encode(String.fromCharCode(0xd800, 0x41, 0xdbff))));
