'use strict';
// util.toUSVString replaces lone surrogates with U+FFFD.
const util = require('util');
const samples = ['abc', 'a\ud800b', '\udc00', '\ud83d\ude00', '\ud83d', 'x\ude00\ud83d', ''];
for (const s of samples) {
  const r = util.toUSVString(s);
  console.log(JSON.stringify(s), '->', [...r].map((c) => c.codePointAt(0).toString(16)).join(' '));
}
console.log(util.toUSVString(123), util.toUSVString(null));
