// node:test exists only with the node: scheme; `test` without it is an
// ordinary (missing) package.
const nodeTest = require('node:test');
console.log(typeof nodeTest, typeof nodeTest.describe);
try {
  require('test');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
const { isBuiltin, builtinModules } = require('module');
console.log(isBuiltin('node:test'), isBuiltin('test'), builtinModules.includes('test'));
console.log(process.getBuiltinModule('node:test') === nodeTest, process.getBuiltinModule('test'));
