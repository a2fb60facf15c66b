// require() of ES modules (Node 24): namespaces, __esModule, 'module.exports'.
const util = require('util');
const named = require('./fixtures/esm/named.mjs');
console.log(util.types.isModuleNamespaceObject(named), Object.keys(named).join(','));
console.log(named.__esModule, named.default, named.one, named.counter);
named.increment();
console.log('live binding:', named.counter);
console.log(require('./fixtures/esm/named.mjs') === named);

const noDefault = require('./fixtures/esm/no-default.mjs');
console.log(Object.keys(noDefault).join(','), noDefault.__esModule);

const flagged = require('./fixtures/esm/es-module-flag.mjs');
console.log(Object.keys(flagged).join(','), flagged.__esModule, flagged.default);

const Thing = require('./fixtures/esm/module-exports.mjs');
console.log(typeof Thing, new Thing().kind, util.types.isModuleNamespaceObject(Thing));

const compat = require('esm-compat');
console.log(compat(21), compat.extra);

const esmOnly = require('esm-only');
console.log(Object.keys(esmOnly).join(','), esmOnly.default('rode'), esmOnly.greeting);

const mod = require.cache[require.resolve('./fixtures/esm/no-default.mjs')];
console.log(mod.loaded, mod.exports === noDefault);

try {
  require('./fixtures/esm/throws.mjs');
} catch (e) {
  console.log('evaluation error:', e.message);
}
