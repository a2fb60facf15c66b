// resolve/relative against process.cwd() (printed relative to the cwd).
'use strict';
const path = require('path');

const cwd = process.cwd();
console.log(path.isAbsolute(cwd), path.resolve() === cwd, path.resolve('') === cwd, path.resolve('.') === cwd);
for (const args of [['a'], ['a', 'b'], ['..'], ['a/../..'], ['./x/'], ['a', '/b', 'c']]) {
  const r = path.resolve(...args);
  // An absolute reset ('/b') depends on how deep the checkout is: compare with '/' instead.
  const shown = args.some((a) => a.startsWith('/')) ? r : path.relative(cwd, r);
  console.log(JSON.stringify(args), path.isAbsolute(r), JSON.stringify(shown));
}
console.log(JSON.stringify(path.relative('a', 'b')), JSON.stringify(path.relative('a/b', 'a')),
            JSON.stringify(path.relative('', 'x')), JSON.stringify(path.relative('x', '')));
console.log(path.resolve(__dirname) === cwd, path.basename(__filename), path.dirname(__filename) === __dirname);
console.log(path.relative(__dirname, __filename), path.join(path.relative(cwd, __dirname), 'x'));
