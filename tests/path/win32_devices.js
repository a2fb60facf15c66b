// Windows reserved device names and drive-like segments stay unambiguous.
'use strict';
const path = require('path').win32;

const inputs = ['CON:', 'con:', 'CON', 'CON:foo', 'CON:\\foo', 'CON:..', 'NUL:', 'COM1:', 'COM0:',
  'LPT9:', 'a/CON:', 'CON:a:b', 'c:CON:', 'ab:', 'ab:c', 'ab:\\c', 'foo:', './CON:', '\\\\?\\CON:x',
  'c:\\CON:x', 'a\\CON:x'];
for (const p of inputs) {
  console.log(JSON.stringify(p), JSON.stringify(path.normalize(p)), JSON.stringify(path.join(p, 'x')),
              JSON.stringify(path.join('x', p)));
}
