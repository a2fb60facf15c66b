// module.registerHooks() hooks also apply to require() and require.resolve():
// redirections, virtual modules, format changes and builtin overrides.
const { registerHooks } = require('module');
const { pathToFileURL } = require('url');
const path = require('path');

const calls = [];
const hooks = registerHooks({
  resolve(specifier, context, nextResolve) {
    calls.push(['resolve', specifier, Array.isArray(context.conditions)]);
    if (specifier === 'redirected') {
      return { url: pathToFileURL(path.join(__dirname, 'fixtures/m2/on-disk.cjs')).href,
               shortCircuit: true };
    }
    if (specifier.startsWith('virtual:')) return { url: specifier, shortCircuit: true };
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (url === 'virtual:cjs') {
      return { format: 'commonjs', source: 'module.exports = { virtual: true };', shortCircuit: true };
    }
    if (url === 'virtual:esm') {
      return { format: 'module', source: 'export const x = "esm from a hook";', shortCircuit: true };
    }
    if (url === 'node:os') {
      return { format: 'commonjs', source: 'module.exports = "not the os module";', shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});

console.log(require('redirected'));
console.log(path.relative(__dirname, require.resolve('redirected')));
console.log(require('virtual:cjs'), require('virtual:esm').x);
console.log(require('os'));
console.log(require.resolve('fs'));
console.log(calls.map((c) => c.join(' ')));
hooks.deregister();
console.log(typeof require('os').platform);
try {
  require('redirected');
} catch (e) {
  console.log(e.code);
}
