// The 'module' builtin's helpers: findPackageJSON, constants, source maps.
const Module = require('module');
const path = require('path');
const rel = (p) => (typeof p === 'string' ? path.relative(__dirname, p) : p);
console.log(rel(Module.findPackageJSON('exp-basic', __filename)));
console.log(rel(Module.findPackageJSON('@scope/pkg/sub', __filename)));
console.log(rel(Module.findPackageJSON('./fixtures/typeless/esm-syntax.js', __filename)));
console.log(rel(Module.findPackageJSON('./fixtures/ext.js', __filename)));
try {
  Module.findPackageJSON('no-such-package-anywhere', __filename);
} catch (e) {
  console.log(e.code, e.message.split(__dirname).join('<dir>'));
}
console.log(Module.constants.compileCacheStatus);
console.log(Object.isFrozen(Module.constants));
console.log(Module.getSourceMapsSupport());
console.log(Module.findSourceMap(__filename));
console.log(typeof Module.SourceMap, typeof Module.register, typeof Module.syncBuiltinESMExports);
console.log(Module.syncBuiltinESMExports());
const sm = new Module.SourceMap({
  version: 3,
  sources: ['original.js'],
  names: ['foo'],
  mappings: 'AAAA,IAAIA;AACJ',
});
console.log(sm.payload.sources, sm.findEntry(0, 4), sm.findEntry(1, 0));
console.log(sm.findOrigin(1, 5));
