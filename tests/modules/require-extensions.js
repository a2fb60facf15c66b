// require.extensions (Module._extensions): custom handlers and lookup order.
const Module = require('module');
console.log(Object.keys(require.extensions).join(','), require.extensions === Module._extensions);
console.log(Object.getPrototypeOf(require.extensions));
require.extensions['.txt'] = function(module, filename) {
  module.exports = 'custom txt handler: ' + require('path').basename(filename);
};
console.log(require('./fixtures/plain.txt'));
require.extensions['.dot.js'] = function(module, filename) {
  module.exports = 'longest extension wins';
};
console.log(require('./fixtures/multi.dot.js'));
delete require.extensions['.txt'];
delete require.extensions['.dot.js'];
try {
  delete require.cache[require.resolve('./fixtures/code.txt')];
} catch {}
console.log(require('./fixtures/code.txt'));
