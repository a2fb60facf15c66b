// Relative requires: extensions tried in order, directories, index files.
const path = require('path');
const rel = (p) => path.relative(__dirname, p);

console.log(require('./fixtures/ext'));
console.log(require('./fixtures/ext.js'));
console.log(require('./fixtures/ext.json'));
console.log(require('./fixtures/onlyjson'));
console.log(require('./fixtures/explicit.cjs'));
console.log(require('./fixtures/multi.dot'));
console.log(require('./fixtures/dir-index'));
console.log(require('./fixtures/dir-index/'));
console.log(require('./fixtures/dir-index-json'));
console.log(require('./fixtures/dir-main'));
console.log(require('./fixtures/code.txt'));
console.log(require('./fixtures/../fixtures/ext'));
console.log(require(path.join(__dirname, 'fixtures', 'ext')));

for (const r of ['./fixtures/ext', './fixtures/dir-index', './fixtures/dir-main', './fixtures/onlyjson']) {
  console.log(r, '->', rel(require.resolve(r)));
}
