// path.matchesGlob: wildcards, globstar, classes, braces, extglobs, dots.
'use strict';
const path = require('path');

const cases = [
  ['a/b', 'a/*'], ['a/.b', 'a/*'], ['a/.b', 'a/.*'], ['a/b/c', 'a/**'], ['a', 'a/**'],
  ['a/.b/c', 'a/**'], ['a/b/c/d', 'a/**/d'], ['d', '**/d'], ['.a/d', '**/d'],
  ['x.js', '*.js'], ['.x.js', '*.js'], ['a/b/', 'a/b'], ['a/b', 'a/b/'],
  ['abc', 'a?c'], ['a.c', 'a[.]c'], ['abc', 'a[!b]c'], ['adc', 'a[^b]c'], ['a1c', 'a[[:digit:]]c'],
  ['b', '[a-c]'], [']', '[]]'], ['[a', '[a'], ['a*', 'a[*]'],
  ['ab', '{ab,cd}'], ['cd', '{ab,cd}'], ['a3', 'a{1..5}'], ['a05', 'a{01..10}'], ['a{b}', 'a{b}'],
  ['abc', 'a{b,{c,d}}c'], ['ac', 'a{a..e..2}'],
  ['ab', '+(a|b)'], ['x', '!(y)'], ['y', '!(y)'], ['a.ts', '!(*.ts)'], ['a.js', '!(*.ts)'],
  ['ab', 'a?(b)'], ['abb', 'a?(b)'], ['a', 'a*(b)'], ['.b', '@(.b)'],
  ['a//b', 'a/b'], ['a/./b', 'a/b'], ['a/x/../b', 'a/b'], ['a/b', 'a/x/../b'],
  ['', ''], ['', '*'], ['a', '#a'], ['!a', '!a'], ['A', 'a'], ['/a/b', '/a/*'], ['/a/b', 'a/*'],
  ['.', '*'], ['..', '.*'], ['.x', '.?'],
];
for (const [p, g] of cases) {
  console.log(JSON.stringify(p).padEnd(10), JSON.stringify(g).padEnd(16),
              path.posix.matchesGlob(p, g), path.win32.matchesGlob(p, g));
}
// Backslashes are separators in patterns; in paths only on win32.
console.log(path.posix.matchesGlob('a\\b', 'a/b'), path.win32.matchesGlob('a\\b', 'a/b'),
            path.posix.matchesGlob('a/b', 'a\\b'));
// Drive letters compare case-insensitively on win32.
console.log(path.win32.matchesGlob('C:\\x\\y.txt', 'c:/x/*.txt'), path.posix.matchesGlob('C:/x', 'c:/x'));
console.log(path.matchesGlob === path.posix.matchesGlob, path.matchesGlob.name, path.matchesGlob.length);
for (const args of [[1, 'a'], ['a', 1], [null, null]]) {
  try {
    path.matchesGlob(...args);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
