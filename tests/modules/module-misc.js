// Smaller module-system behaviours: require.resolve with relative `paths`
// (and their validation), loading a file that is not an addon, a cycle
// through a Proxy module.exports, setSourceMapsSupport() validation and
// process.config's module version.
const path = require('path');
const Module = require('module');
const rel = (p) => path.relative(__dirname, p);

process.chdir(path.join(__dirname, 'fixtures/m2/resolve-paths/sub'));
console.log(rel(require.resolve('.', { paths: ['..'] })));
console.log(rel(require.resolve('./inner.js', { paths: ['.'] })));
process.chdir(__dirname);
for (const paths of [[1], [null], ['x', 2]]) {
  for (const request of ['.', 'some-package']) {
    try {
      require.resolve(request, { paths });
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
}
try {
  require('./fixtures/m2/fake.node');
} catch (e) {
  console.log(e.code, e.message.split(__dirname).join('.'));
}
require('./fixtures/m2/proxy-cycle-a.js');
for (const args of [[1], [true, 1], [true, { nodeModules: 1 }], [true, { generatedCode: null }]]) {
  try {
    Module.setSourceMapsSupport(...args);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
Module.setSourceMapsSupport(true, { nodeModules: true });
console.log(Module.getSourceMapsSupport());
Module.setSourceMapsSupport(false);
console.log(Number.isInteger(process.config.variables.node_module_version),
            process.config.variables.node_module_version > 0);
