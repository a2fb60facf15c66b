// Typeless .js files: CommonJS unless they only parse as ES modules.
const util = require('util');
// require() of a detected ES module does not warn (only the ESM loader does).
const warnings = [];
process.on('warning', (w) => warnings.push(w.code));
process.on('exit', () => console.log('typeless warnings:', warnings.filter((c) => c === 'MODULE_TYPELESS_PACKAGE_JSON').length));
const esm = require('./fixtures/typeless/esm-syntax.js');
console.log(util.types.isModuleNamespaceObject(esm), esm.detected, esm.separator, esm.default);
console.log(require('./fixtures/typeless/cjs-syntax.js').detected);
console.log(require('./fixtures/typeless/import-meta.js').fromMeta);
try {
  require('./fixtures/typeless/tla.js');
} catch (e) {
  console.log(e.code);
}
try {
  require('./fixtures/typeless/broken.js');
} catch (e) {
  console.log('broken:', e.name);
}
