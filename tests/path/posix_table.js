// path.posix over a table of inputs (cwd-independent functions).
'use strict';
const path = require('path').posix;

const inputs = [
  '', '/', '//', '///', '.', '..', './', '../', 'a', 'a/', '/a', '/a/', 'a/b', '/a/b/c',
  'a//b', 'a/./b', 'a/../b', '../a', '../../a/b', '/../a', '/a/../..', 'a/b/../../..',
  '.hidden', '/dir/.hidden', 'file.txt', '/dir/file.txt', 'file.tar.gz', 'a/b.c/d',
  'noext.', '..dots', '...', '/a/b/', '//a//b//', 'a\\b', 'C:\\x', 'é/ü.txt', './a/./b/.',
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

const suffixes = [['/a/b.txt', '.txt'], ['/a/b.txt', 'b.txt'], ['/a/b.txt', 'txt'], ['a.txt/', '.txt'],
  ['aaa', 'a'], ['aaa', 'aaa'], ['a/b', 'x'], ['.js', '.js'], ['file.js.js', '.js'], ['/', '/'], ['', '']];
for (const [p, s] of suffixes) console.log('basename', JSON.stringify(p), JSON.stringify(s), JSON.stringify(path.basename(p, s)));

const joins = [[], [''], ['', ''], ['a', 'b'], ['/a', 'b', '../c'], ['a', '', 'b'], ['/', 'a'],
  ['a/', '/b'], ['..', '..', 'a'], ['.', '.'], ['/a', '/b'], ['a', '../..'], ['//a', 'b']];
for (const j of joins) console.log('join', JSON.stringify(j), JSON.stringify(path.join(...j)));

const resolves = [['/a', 'b'], ['/a', '/b', 'c'], ['/a/b', '../c', './d'], ['/', '..'], ['/a/', ''], ['/x', 'y/', 'z/../']];
for (const r of resolves) console.log('resolve', JSON.stringify(r), JSON.stringify(path.resolve(...r)));

const relatives = [['/a/b/c', '/a/d'], ['/a', '/a/b/c'], ['/a/b/c', '/a'], ['/', '/a'], ['/a', '/'],
  ['/a/b', '/a/b'], ['/foo/bar', '/foobar'], ['/foobar', '/foo/bar'], ['/a/b/', '/a/b/c/']];
for (const [f, t] of relatives) console.log('relative', f, t, JSON.stringify(path.relative(f, t)));

const formats = [{ root: '/', dir: '/a', base: 'b.txt' }, { dir: 'a', name: 'b', ext: '.c' },
  { name: 'b', ext: 'c' }, { root: '/', name: 'x' }, { base: 'only' }, {}, { dir: '/', base: 'f' },
  { root: '/r/', dir: '/r/', base: 'z' }, { name: 'n', ext: '' }];
for (const f of formats) console.log('format', JSON.stringify(f), JSON.stringify(path.format(f)));
console.log(path.sep, path.delimiter, path.toNamespacedPath('/a/b'), path.toNamespacedPath(5));
