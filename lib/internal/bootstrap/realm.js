// The builtin module loader: how lib/ files require each other, and the list of
// builtins users can require. Runs first, before anything else in lib/.

const { ids: allIds, exists, compileFunction } = internalBinding('builtins');
let traceBindings = false;

const bindingCache = { __proto__: null };
// Binding names in load order (see isBindingFunction).
const loadedBindings = [];
function getInternalBinding(name) {
  let b = bindingCache[name];
  if (b === undefined) {
    const t0 = traceBindings ? bindingCache.process_methods?.hrtimeNs() : 0;
    b = bindingCache[name] = internalBinding(name);
    loadedBindings.push(name);
    if (traceBindings && t0 !== undefined) {
      const ms = (bindingCache.process_methods.hrtimeNs() - t0) / 1e6;
      bindingCache.stdio?.writeSync(2, `binding ${name} ${ms.toFixed(3)} ms\n`);
    }
  }
  return b;
}

let lazyIds;
function ids() {
  if (lazyIds === undefined) lazyIds = allIds();
  return lazyIds;
}
// Builtins that exist only with the node: scheme.
const schemeOnly = new Set(['sea', 'sqlite', 'test', 'test/reporters']);
const cache = new Map();
// What process.moduleLoadList shows: builtins in the order they were loaded.
const moduleLoadList = [];

function canBeRequiredByUsers(id) {
  return typeof id === 'string' && !id.startsWith('internal/') && exists(id);
}

function canBeRequiredWithoutScheme(id) {
  return canBeRequiredByUsers(id) && !schemeOnly.has(id);
}

// RODE_TRACE_BUILTINS=1 prints each builtin's load time (including what it requires).
const trace = getInternalBinding('process_methods').getEnv('RODE_TRACE_BUILTINS') !== undefined;
traceBindings = trace;
// Time spent in nested requires, per level, so each line can show its own cost.
const traceChildren = [];
if (trace) getInternalBinding('stdio');

function requireBuiltin(id) {
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  if (!exists(id)) throw new Error(`No such built-in module: ${id}`);
  const mod = { id, exports: {}, loaded: false };
  cache.set(id, mod);
  moduleLoadList.push(`NativeModule ${id}`);
  const t0 = trace ? getInternalBinding('process_methods').hrtimeNs() : 0;
  if (trace) traceChildren.push(0);
  const fn = compileFunction(id);
  const tRead = trace ? getInternalBinding('process_methods').hrtimeNs() - t0 : 0;
  try {
    fn.call(undefined, mod.exports, requireBuiltin, mod, getInternalBinding);
    if (trace) {
      const ns = getInternalBinding('process_methods').hrtimeNs() - t0;
      const self = ns - traceChildren.pop();
      if (traceChildren.length > 0) traceChildren[traceChildren.length - 1] += ns;
      getInternalBinding('stdio').writeSync(2,
        `builtin ${id} ${(ns / 1e6).toFixed(3)} ms (self ${(self / 1e6).toFixed(3)}, ` +
        `bytecode ${(tRead / 1e6).toFixed(3)})\n`);
    }
  } catch (err) {
    cache.delete(id);
    throw err;
  }
  mod.loaded = true;
  return mod.exports;
}

// require.lazy(id): a function that loads the builtin on its first call and returns
// it from then on, for modules that need another only on a rare path.
requireBuiltin.lazy = function lazy(id) {
  let mod;
  return () => (mod === undefined ? (mod = requireBuiltin(id)) : mod);
};

const BuiltinModule = {
  exists(id) { return typeof id === 'string' && exists(id); },
  isLoaded(id) { return cache.has(id); },
  canBeRequiredByUsers,
  canBeRequiredWithoutScheme,
  normalizeRequirableId(id) {
    if (typeof id !== 'string') return undefined;
    if (id.startsWith('node:')) {
      const bare = id.slice(5);
      return canBeRequiredByUsers(bare) ? bare : undefined;
    }
    return canBeRequiredWithoutScheme(id) ? id : undefined;
  },
  getCanBeRequiredByUsersWithoutSchemeList() {
    return ids().filter(canBeRequiredWithoutScheme);
  },
  getSchemeOnlyModuleNames() {
    return [...schemeOnly].filter((id) => exists(id));
  },
  getAllBuiltinModuleIds() {
    return ids().filter(canBeRequiredByUsers);
  },
  isBuiltin(id) {
    return BuiltinModule.normalizeRequirableId(id) !== undefined;
  },
  loadBuiltin: requireBuiltin,
};

// Whether `fn` is a native function of a loaded binding (their frames are rode's,
// not Node's: stack formatting leaves them out). Bindings are indexed on the first
// question after they load.
const bindingFunctions = new Set();
let indexedBindings = 0;
function isBindingFunction(fn) {
  while (indexedBindings < loadedBindings.length) {
    const b = bindingCache[loadedBindings[indexedBindings++]];
    if (b === null || typeof b !== 'object') continue;
    for (const key of Object.keys(b)) {
      if (typeof b[key] === 'function') bindingFunctions.add(b[key]);
    }
  }
  return bindingFunctions.has(fn);
}

module.exports = {
  BuiltinModule,
  internalBinding: getInternalBinding,
  isBindingFunction,
  moduleLoadList,
  requireBuiltin,
};
// The native side ran this file directly: make require('internal/bootstrap/realm')
// return this instance rather than a second loader with its own cache.
cache.set('internal/bootstrap/realm', module);
module.loaded = true;
