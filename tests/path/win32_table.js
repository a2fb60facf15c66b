// path.win32 over a table of inputs (cwd-independent functions).
'use strict';
const path = require('path').win32;

const inputs = [
  '', '\\', '/', 'c:', 'C:\\', 'c:/', 'c:a', 'c:\\a\\b', 'c:\\a\\..\\..', 'a\\b/c',
  '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\dir\\f.txt', '//server/share/x',
  '\\\\server', '\\\\?\\c:\\x', '\\\\.\\pipe\\name', 'file.txt', 'c:file.txt', '.\\a', '..\\..\\a',
  'a\\\\b\\\\\\c', 'c:\\.hidden', 'dir\\', 'C:\\foo\\bar.baz\\', 'ab:c', 'x:', '..', '.',
];
for (const p of inputs) {
  console.log(JSON.stringify(p), '=>',
              JSON.stringify(path.normalize(p)),
              JSON.stringify(path.dirname(p)),
              JSON.stringify(path.basename(p)),
              JSON.stringify(path.extname(p)),
              path.isAbsolute(p));
  console.log('   parse', JSON.stringify(path.parse(p)));
}

const joins = [['c:', 'a'], ['c:\\', '..', 'b'], ['\\\\server', 'share'], ['//server', 'share', 'x'],
  ['\\\\', 'server', 'share'], ['a', 'b\\c', '..\\d'], ['', 'c:'], ['\\\\\\a', 'b'], ['c:a', 'b:c']];
for (const j of joins) console.log('join', JSON.stringify(j), JSON.stringify(path.join(...j)));

const resolves = [['c:\\a', 'b'], ['c:\\a', 'd:\\b'], ['c:\\a', '\\b'], ['\\\\srv\\shr\\a', '..\\..\\b'],
  ['c:\\', 'x', '..', 'y'], ['C:\\a', 'c:b']];
for (const r of resolves) console.log('resolve', JSON.stringify(r), JSON.stringify(path.resolve(...r)));

const relatives = [['c:\\a\\b', 'c:\\a\\c'], ['C:\\A', 'c:\\a\\b'], ['c:\\a', 'd:\\a'], ['c:\\', 'c:\\a'],
  ['c:\\a\\b', 'c:\\'], ['\\\\srv\\s\\a', '\\\\srv\\s\\b'], ['\\\\srv\\s', '\\\\other\\s']];
for (const [f, t] of relatives) console.log('relative', f, t, JSON.stringify(path.relative(f, t)));

const ns = ['c:\\a', 'C:/a/b', '\\\\srv\\share\\x', '\\\\?\\c:\\a', '\\\\.\\pipe\\x', ''];
for (const p of ns) console.log('toNamespacedPath', JSON.stringify(p), JSON.stringify(path.toNamespacedPath(p)));

console.log(path.format({ root: 'c:\\', name: 'f', ext: 'txt' }), path.format({ dir: 'c:\\x', base: 'y' }));
console.log(path.sep, path.delimiter, path.basename('c:\\a\\b.txt', '.txt'), path.basename('c:', 'c:'));
