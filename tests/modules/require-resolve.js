// require.resolve with options.paths, and require.resolve.paths.
const path = require('path');
const rel = (p) => (typeof p === 'string' && path.isAbsolute(p) ? path.relative(__dirname, p) || '.' : p);

console.log(rel(require.resolve('exp-sugar')));
console.log(rel(require.resolve('./fixtures/ext')));
console.log(rel(require.resolve('./ext', { paths: [path.join(__dirname, 'fixtures')] })));
console.log(rel(require.resolve('inner-dep', { paths: [path.join(__dirname, 'node_modules', 'outer')] })));
console.log(rel(require.resolve('inner-dep', { paths: [__dirname] })));
console.log(require.resolve('fs'), require.resolve('node:fs'), require.resolve('path'));

const lookup = require.resolve.paths('some-package');
console.log(lookup.slice(0, 3).map(rel));
console.log(require.resolve.paths('./relative').map(rel));
console.log(require.resolve.paths('../up').map(rel));
console.log(require.resolve.paths('fs'), require.resolve.paths('node:fs'));

for (const bad of [1, null, undefined]) {
  try {
    require.resolve(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
try {
  require.resolve('x', { paths: 'not an array' });
} catch (e) {
  console.log(e.code, e.message);
}
