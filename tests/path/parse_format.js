// parse() and format() round trips.
'use strict';
const path = require('path');

const samples = {
  posix: ['/home/user/dir/file.txt', 'file', '.bashrc', '/', 'dir/', 'a/b/c.d.e', '/..', 'x/.y.z'],
  win32: ['C:\\path\\dir\\index.html', 'C:\\', '\\\\srv\\share\\f.txt', 'file', 'c:rel\\x.y', '\\a\\'],
};
for (const [flavor, list] of Object.entries(samples)) {
  const p = path[flavor];
  for (const s of list) {
    const parsed = p.parse(s);
    console.log(flavor, JSON.stringify(s), parsed, JSON.stringify(p.format(parsed)));
  }
}
// format prefers base over name+ext, dir over root.
console.log(path.format({ root: '/ignored', dir: '/home', base: 'f.txt', name: 'n', ext: '.e' }));
console.log(path.format({ root: '/', name: 'file', ext: 'txt' }));
console.log(path.format({ root: '/', name: 'file', ext: '.txt' }));
console.log(path.format({ name: 'x', ext: '..' }));
console.log(path.win32.format({ dir: 'C:\\a', name: 'b', ext: '.c' }));
