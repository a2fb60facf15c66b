// Builtin modules: bare names, node: prefix, scheme-only builtins, errors.
const Module = require('module');
console.log(require('fs') === require('node:fs'), require('path') === require('node:path'));
for (const spec of ['test', 'node:nope', 'node:', 'node:internal/errors', 'internal/errors']) {
  try {
    require(spec);
    console.log(spec, 'loaded?!');
  } catch (e) {
    console.log(spec, e.code, e.message.split('\n')[0]);
  }
}
console.log(Module.isBuiltin('fs'), Module.isBuiltin('node:fs'), Module.isBuiltin('node:path'),
            Module.isBuiltin('test'), Module.isBuiltin('internal/errors'), Module.isBuiltin('node:internal/errors'),
            Module.isBuiltin('nope'), Module.isBuiltin('node:nope'), Module.isBuiltin(1));
const list = Module.builtinModules;
console.log(Array.isArray(list), Object.isFrozen(list));
for (const name of ['fs', 'path', 'events', 'util', 'module', 'timers']) {
  console.log(name, list.includes(name));
}
console.log(list.includes('test'), list.some((n) => n.startsWith('internal/')));
console.log(list.filter((n) => n.startsWith('node:')).every((n) => Module.isBuiltin(n)));
