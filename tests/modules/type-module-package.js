// The nearest package.json "type" decides the format of .js files.
const util = require('util');
const esm = require('./fixtures/type-module/esm.js');
console.log(util.types.isModuleNamespaceObject(esm), esm.format, esm.default());
console.log(require('./fixtures/type-module/cjs.cjs').format);
console.log(require('./fixtures/type-module/noext').format);
console.log(require('./fixtures/type-commonjs/cjs.js').format);
console.log(require('./fixtures/type-commonjs/esm.mjs').format);
try {
  require('./fixtures/type-commonjs/esm-in-js.js');
} catch (e) {
  console.log('esm syntax under "type": "commonjs":', e.name);
}
