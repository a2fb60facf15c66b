// Shape of the path module and its flavours.
'use strict';
const path = require('path');

console.log(Object.keys(path));
console.log(path === path.posix, path.posix.posix === path.posix, path.win32.win32 === path.win32,
            path.posix.win32 === path.win32, path.win32.posix === path.posix);
console.log(require('node:path') === path, require('path/posix') === path.posix,
            require('path/win32') === path.win32, require('node:path/posix') === path.posix,
            require('node:path/win32') === path.win32);
for (const flavor of [path.posix, path.win32]) {
  for (const k of Object.keys(flavor)) {
    const v = flavor[k];
    if (typeof v === 'function') console.log(k, JSON.stringify(v.name), v.length, 'prototype' in v);
    else if (typeof v === 'string') console.log(k, JSON.stringify(v));
  }
}
console.log(path._makeLong === path.toNamespacedPath, path.win32._makeLong === path.win32.toNamespacedPath);
