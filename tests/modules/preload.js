// Module._preloadModules (what -r uses): a parent named internal/preload.
const Module = require('module');
Module._preloadModules(['./fixtures/preload-probe.js']);
console.log('after preload:', module.isPreloading);
Module._preloadModules(undefined);
