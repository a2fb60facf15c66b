'use strict';
// util.parseEnv: dotenv syntax.
const util = require('util');
const content = [
  'A=1',
  'B="x y"',
  '# a comment',
  'export C=3',
  "D='single\\nkept'",
  'E="double\\nexpanded"',
  'F=`backtick`',
  'G = spaced  ',
  'H=a#b',
  'I=a #b',
  'J="multi',
  'line"',
  'EMPTY=',
  'NOVALUE',
  'K="quoted # not comment"',
].join('\n');
const r = util.parseEnv(content);
for (const [k, v] of Object.entries(r)) console.log(k, JSON.stringify(v));
try { util.parseEnv(1); } catch (e) { console.log(e.code, e.message); }
