// module.builtinModules and isBuiltin() list Node 24's builtins; require()
// and import() treat every one of those names as a builtin.
const { builtinModules, isBuiltin } = require('module');
console.log(builtinModules.length, builtinModules.includes('http'), builtinModules.includes('node:test'));
for (const name of ['fs', 'node:fs', 'http', 'node:http', 'test', 'node:test', 'internal/errors', '', 'nope']) {
  console.log(JSON.stringify(name), isBuiltin(name));
}
console.log(require.resolve('fs'), require.resolve('node:fs'), require.resolve.paths('fs'));
try {
  require('node:nope');
} catch (e) {
  console.log(e.code, e.message);
}
