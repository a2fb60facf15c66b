// Module customization hooks: module.registerHooks() (synchronous hooks), and
// module.register() / --experimental-loader (hooks that may be async). Node
// runs the latter on a separate thread; here they run in line, and a promise a
// hook returns is settled by draining the microtask queue (a hook that waits
// for I/O or timers cannot finish and is reported as such).
//
// Chains run last-registered first: registerHooks() hooks, then register()
// hooks, then the default step the ES module loader supplies. Each hook gets
// (input, context, next) and returns { url, format?, importAttributes? } for
// resolve, { format, source } for load, with `shortCircuit: true` when it
// does not call next.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_PROPERTY_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_LOADER_CHAIN_INCOMPLETE,
  },
} = require('internal/errors');

// Call order: registerHooks() hooks (newest first), then register() hooks
// (newest first).
const syncHooks = [];
const asyncHooks = [];
let chain = [];

function rebuildChain() {
  chain = syncHooks.slice().reverse().concat(asyncHooks.slice().reverse());
}

function hasHooks() {
  return chain.length > 0;
}

// require() goes through the registerHooks() hooks only.
function hasSyncHooks() {
  return syncHooks.length > 0;
}

function syncChain() {
  return syncHooks.slice().reverse();
}

let utilBinding;
function promiseState(p) {
  if (utilBinding === undefined) utilBinding = internalBinding('util');
  return utilBinding.getPromiseState(p);
}

// Settles what a hook returned: a promise is driven through the microtask
// queue; its rejection is thrown.
function settle(value, id) {
  // (`then` is read once: it may be a getter.)
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  const then = value.then;
  if (typeof then !== 'function') return value;
  const p = value instanceof Promise ? value :
    new Promise((resolve, reject) => Reflect.apply(then, value, [resolve, reject]));
  p.then(undefined, () => {}); // the outcome is handled here
  let [state, result] = promiseState(p);
  if (state === 0) {
    internalBinding('task_queue').runMicrotasks();
    [state, result] = promiseState(p);
  }
  if (state === 1) return result;
  if (state === 2) throw result;
  throw new Error(`The module customization hook ${id} is waiting for something other than ` +
                  'promises (I/O or timers), which rode cannot wait for while loading a module');
}

let warnedImportAssertions = false;
function warnImportAssertions() {
  if (warnedImportAssertions) return;
  warnedImportAssertions = true;
  process.emitWarning('Use `importAttributes` instead of `importAssertions`',
                      'ExperimentalWarning');
}

// `importAssertions` is the old name of `importAttributes` (still accepted,
// with a warning).
function addImportAssertionsAlias(context) {
  Object.defineProperty(context, 'importAssertions', {
    __proto__: null,
    get() {
      warnImportAssertions();
      return this.importAttributes;
    },
    set(value) {
      warnImportAssertions();
      this.importAttributes = value;
    },
    enumerable: false,
    configurable: true,
  });
  return context;
}

// The hook's own copy (what it changes does not leak into the chain).
function copyContext(context) {
  const copy = { ...context };
  if (context.importAttributes !== null && typeof context.importAttributes === 'object') {
    copy.importAttributes = { ...context.importAttributes };
  }
  if (Array.isArray(context.conditions)) copy.conditions = context.conditions.slice();
  return addImportAssertionsAlias(copy);
}

// A context or result given by a hook, with `importAssertions` read as
// `importAttributes`.
function takeImportAssertions(object) {
  if (object === null || typeof object !== 'object') return object;
  const descriptor = Object.getOwnPropertyDescriptor(object, 'importAssertions');
  if (descriptor === undefined || !('value' in descriptor)) return object;
  warnImportAssertions();
  const copy = { ...object };
  delete copy.importAssertions;
  if (copy.importAttributes === undefined) copy.importAttributes = descriptor.value;
  return copy;
}

function isSource(value) {
  return typeof value === 'string' || ArrayBuffer.isView(value) ||
    value instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

// Results are checked as Node does: hooks from register() are named by
// their module in messages, registerHooks() ones only by the hook's name.
function hookName(entry, kind) {
  return entry.isAsync ? `${entry.id} '${kind}'` : kind;
}

const urlSchemeRe = /^[A-Za-z][A-Za-z0-9+.\-]*:/;

function validateResolveResult(result, entry, calledNext) {
  const name = hookName(entry, 'resolve');
  if (result === null || typeof result !== 'object') {
    throw new ERR_INVALID_RETURN_VALUE('an object', `${name} hook's nextResolve()`, result);
  }
  if (!calledNext && result.shortCircuit !== true) {
    if (!entry.isAsync) {
      throw new ERR_INVALID_RETURN_PROPERTY_VALUE('true', name, 'shortCircuit',
                                                  result.shortCircuit);
    }
    throw new ERR_LOADER_CHAIN_INCOMPLETE(name);
  }
  const { url, format, importAttributes } = result;
  if (typeof url !== 'string' || !urlSchemeRe.test(url)) {
    if (!entry.isAsync && typeof url === 'string') {
      const { codes: { ERR_INVALID_URL } } = require('internal/errors');
      throw new ERR_INVALID_URL(url);
    }
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', name, 'url', url);
  }
  if (format != null && typeof format !== 'string') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a string', name, 'format', format);
  }
  if (importAttributes != null && typeof importAttributes !== 'object') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('an object', name,
                                                'importAttributes', importAttributes);
  }
}

function validateLoadResult(result, entry, calledNext) {
  const name = hookName(entry, 'load');
  if (result === null || typeof result !== 'object') {
    throw new ERR_INVALID_RETURN_VALUE('an object', `${name} hook's nextLoad()`, result);
  }
  if (!calledNext && result.shortCircuit !== true) {
    if (!entry.isAsync) {
      throw new ERR_INVALID_RETURN_PROPERTY_VALUE('true', name, 'shortCircuit',
                                                  result.shortCircuit);
    }
    throw new ERR_LOADER_CHAIN_INCOMPLETE(name);
  }
  const { format, source } = result;
  if (format != null && typeof format !== 'string') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a string', name, 'format', format);
  }
  // Source text is required except for builtins and addons, and (from
  // register() hooks) CommonJS, which its loader reads.
  const optional = format === 'builtin' || format === 'addon' ||
    (entry.isAsync && (format === 'commonjs' || format == null));
  if ((source != null || !optional) && !isSource(source)) {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE(
      'a string, an ArrayBuffer, or a TypedArray', name, 'source', source);
  }
}

// What the hook after step `i - 1` is called in messages about its input.
function nextHookId(kind, i, hooks) {
  for (; i < hooks.length; i++) {
    if (typeof hooks[i][kind] === 'function') return hooks[i].id;
  }
  return kind === 'resolve' ? 'node:internal/modules/esm/resolve' :
    'node:internal/modules/esm/load';
}

function validateNextArguments(kind, i, input, context, hooks) {
  const prefix = `${nextHookId(kind, i, hooks)} '${kind}' hook's ` +
    `${kind === 'resolve' ? 'nextResolve' : 'nextLoad'}()`;
  if (kind === 'resolve') {
    if (typeof input !== 'string') {
      throw new ERR_INVALID_ARG_TYPE(`${prefix} specifier`, 'string', input);
    }
  } else if (typeof input !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`${prefix} url`, 'a URL string', input);
  } else if (!/^[A-Za-z][A-Za-z0-9+.\-]*:/.test(input)) {
    throw new ERR_INVALID_ARG_VALUE(`${prefix} url`, input, 'should be a URL string');
  }
  if (context !== undefined && (context === null || typeof context !== 'object' ||
                                Array.isArray(context))) {
    throw new ERR_INVALID_ARG_TYPE(`${prefix} context`, 'object', context);
  }
}

/**
 * Runs step `i` of the `kind` chain ('resolve' or 'load'); returns its
 * (settled) result. `defaultStep(input, context, fromAsync)` ends the chain.
 */
function runStep(kind, i, input, context, defaultStep, fromAsync, hooks = chain) {
  let entry;
  while (i < hooks.length) {
    entry = hooks[i];
    if (typeof entry[kind] === 'function') break;
    i++;
  }
  if (i >= hooks.length) return defaultStep(input, context, fromAsync);
  let calledNext = false;
  const callNext = (nextInput, nextContext) => {
    calledNext = true;
    validateNextArguments(kind, i + 1, nextInput, nextContext, hooks);
    const merged = nextContext === undefined || nextContext === null ? context :
      { ...context, ...takeImportAssertions(nextContext) };
    return runStep(kind, i + 1, nextInput, merged, defaultStep, entry.isAsync, hooks);
  };
  // Hooks given to register() get an async next, as in Node.
  let next;
  if (kind === 'resolve') {
    next = entry.isAsync ? async function nextResolve(specifier, context) {
      return callNext(specifier, context);
    } : function nextResolve(specifier, context) {
      return callNext(specifier, context);
    };
  } else {
    next = entry.isAsync ? async function nextLoad(url, context) {
      return callNext(url, context);
    } : function nextLoad(url, context) {
      return callNext(url, context);
    };
  }
  let result = entry[kind](input, copyContext(context), next);
  result = takeImportAssertions(settle(result, entry.id));
  if (kind === 'resolve') validateResolveResult(result, entry, calledNext);
  else validateLoadResult(result, entry, calledNext);
  return result;
}

/**
 * @param {string} specifier
 * @param {{ parentURL?: string, conditions: string[], importAttributes: object }} context
 * @param {Function} defaultStep
 * @returns {{ url: string, format?: string, importAttributes?: object }}
 */
function resolveWithHooks(specifier, context, defaultStep, hooks = chain) {
  return runStep('resolve', 0, specifier, context, defaultStep, false, hooks);
}

/**
 * @param {string} url
 * @param {{ format?: string, conditions: string[], importAttributes: object }} context
 * @param {Function} defaultStep
 * @returns {{ format: string, source: any }}
 */
function loadWithHooks(url, context, defaultStep, hooks = chain) {
  return runStep('load', 0, url, context, defaultStep, false, hooks);
}

// How many register() hooks there are, and the chain of the first `count`
// of them (what applies to the modules of the hooks registered next).
function asyncHookCount() {
  return asyncHooks.length;
}

function asyncChainBefore(count) {
  return asyncHooks.slice(0, count).reverse();
}

// ---------------------------------------------------------------------------
// module.registerHooks()

const kModuleHooksIdKey = Symbol('kModuleHooksIdKey');
let nextHooksId = 0;

class ModuleHooks {
  constructor(resolve, load) {
    this.resolve = resolve;
    this.load = load;
    this[kModuleHooksIdKey] = Symbol(`module-hook-${nextHooksId++}`);
  }

  deregister() {
    const index = syncHooks.indexOf(entries.get(this));
    if (index !== -1) {
      syncHooks.splice(index, 1);
      rebuildChain();
    }
  }
}

const entries = new WeakMap();

function registerHooks(hooks) {
  const { validateFunction } = require('internal/validators');
  const { resolve, load } = hooks;
  if (resolve !== undefined) validateFunction(resolve, 'hooks.resolve');
  if (load !== undefined) validateFunction(load, 'hooks.load');
  const handle = new ModuleHooks(resolve, load);
  const entry = {
    resolve,
    load,
    id: (resolve && resolve.name) || (load && load.name) || 'registerHooks',
    isAsync: false,
  };
  entries.set(handle, entry);
  syncHooks.push(entry);
  rebuildChain();
  require('internal/modules/cjs/loader').setCustomizationHooks(module.exports);
  return handle;
}

// ---------------------------------------------------------------------------
// module.register() and --experimental-loader

/**
 * Adds the hooks a module exports (initialize, resolve, load). `id` names the
 * hooks in error messages (the specifier as given).
 */
function addAsyncHooks(namespace, id, data) {
  const { initialize, resolve, load } = namespace;
  if (typeof initialize === 'function') settle(initialize(data), id);
  asyncHooks.push({
    resolve: typeof resolve === 'function' ? resolve : undefined,
    load: typeof load === 'function' ? load : undefined,
    id,
    isAsync: true,
  });
  rebuildChain();
}

module.exports = {
  hasHooks,
  hasSyncHooks,
  syncChain,
  asyncHookCount,
  asyncChainBefore,
  resolveWithHooks,
  loadWithHooks,
  registerHooks,
  addAsyncHooks,
  settle,
  ModuleHooks,
};
