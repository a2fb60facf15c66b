// module.createRequire from a path, a file URL string, a URL object, a directory.
const { createRequire } = require('module');
const path = require('path');
// A file URL for a plain ASCII path.
const pathToFileURL = (p) => 'file://' + encodeURI(p);
const rel = (p) => path.relative(__dirname, p);

const fromPath = createRequire(path.join(__dirname, 'fixtures', 'anything.js'));
console.log(fromPath('./ext'), rel(fromPath.resolve('./ext')));
const fromUrlString = createRequire(pathToFileURL(path.join(__dirname, 'fixtures', 'x.js')));
console.log(fromUrlString('./dir-index'), fromUrlString('./onlyjson').only);
const fromDir = createRequire(path.join(__dirname, 'fixtures') + '/');
console.log(fromDir('./ext.json').ext);
console.log(fromDir.resolve.paths('pkg').slice(0, 2).map(rel));
console.log(typeof fromPath.cache, fromPath.cache === require.cache, Object.keys(fromPath).join(','));
console.log(fromPath('exp-sugar'));
for (const bad of ['relative/path.js', 1, 'http://example.com/x.js', null]) {
  try {
    createRequire(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
