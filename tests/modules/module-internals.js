// Module's static helpers with fixed inputs.
const Module = require('module');
console.log(Module._nodeModulePaths('/a/b/c'));
console.log(Module._nodeModulePaths('/a/node_modules/b'));
console.log(Module._nodeModulePaths('/'));
console.log(Module._nodeModulePaths('/node_modules'));
console.log(Module._resolveLookupPaths('./x', { id: 'p', filename: '/p/q/r.js' }));
console.log(Module._resolveLookupPaths('./x', null));
console.log(Module._resolveLookupPaths('fs', null));
console.log(Module._findPath('./definitely-missing', ['/nonexistent-dir']));
console.log(Module.Module === Module, typeof Module._load, typeof Module._resolveFilename);
console.log(Object.keys(Module).join(','));
console.log(Object.getOwnPropertyNames(Module.prototype).sort().join(','));
console.log(Module.prototype.constructor === Module);
