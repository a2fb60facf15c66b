'use strict';
// util.stripVTControlCharacters removes CSI/OSC sequences only.
const util = require('util');
const samples = [
  'plain',
  '\u001b[31mred\u001b[39m',
  '\u001b[1m\u001b[4mbold underline\u001b[24m\u001b[22m',
  '\u001b]8;;http://example.com\u0007link\u001b]8;;\u0007',
  '\u009b31mcsi8\u009b0m',
  'cursor\u001b[2Kclear\u001b[1G',
  'tab\tand\nnewline',
  '\u001b[38;5;208morange\u001b[0m',
  util.styleText('red', 'styled', { validateStream: false }),
];
for (const s of samples) console.log(JSON.stringify(util.stripVTControlCharacters(s)));
for (const bad of [1, null, undefined, {}]) {
  try { util.stripVTControlCharacters(bad); } catch (e) { console.log(e.code, e.message); }
}
