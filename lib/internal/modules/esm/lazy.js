// Registers the engine's ES module callbacks without loading the ES module loader
// itself: that happens on the first import, so CommonJS programs that never import
// anything start faster.

const names = ['resolve', 'load', 'initImportMeta', 'requireCjs', 'loadBuiltin',
               'makeRequireAsyncError', 'makeRequireCycleError'];
let registered = false;

function ensureCallbacks() {
  if (registered) return;
  registered = true;
  const shim = {};
  for (const name of names) {
    shim[name] = function(...args) {
      const loader = require('internal/modules/esm/loader');
      loader.initialize();
      return loader.callbacks[name](...args);
    };
  }
  internalBinding('module_wrap').setCallbacks(shim);
}

module.exports = { ensureCallbacks };
