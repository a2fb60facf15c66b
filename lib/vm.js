// The `vm` module. Each context is a separate realm of the engine; a contextified
// object acts as that realm's global: its properties are copied onto the realm's
// global before code runs, and the global's (new or changed) properties are copied
// back afterwards. Code therefore sees and changes the sandbox as in Node, with the
// difference that writes become visible on the sandbox when the run ends.

const binding = internalBinding('vm');
const { evalScript } = internalBinding('contextify');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateString, validateObject, validateArray } = require('internal/validators');

const contexts = new WeakMap();
const kDefaultFilename = 'evalmachine.<anonymous>';

function isContext(object) {
  validateObject(object, 'object', { allowArray: true, allowFunction: true });
  return contexts.has(object);
}

function createContext(contextObject = {}, options = undefined) {
  if (contextObject !== null && typeof contextObject === 'object' && contexts.has(contextObject)) {
    return contextObject;
  }
  if (contextObject === null || (typeof contextObject !== 'object' && typeof contextObject !== 'function')) {
    if (typeof contextObject === 'symbol') {
      // vm.constants.DONT_CONTEXTIFY: a plain new realm, returned as its global.
      const [id, global] = binding.createContext();
      contexts.set(global, { id, global, builtins: new Set(Reflect.ownKeys(global)), plain: true });
      return global;
    }
    throw new ERR_INVALID_ARG_TYPE('object', 'object', contextObject);
  }
  if (options !== undefined) validateObject(options, 'options');
  const [id, global] = binding.createContext();
  contexts.set(contextObject, { id, global, builtins: new Set(Reflect.ownKeys(global)) });
  return contextObject;
}

function getContext(contextifiedObject) {
  const info = contextifiedObject != null ? contexts.get(contextifiedObject) : undefined;
  if (info === undefined) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
  return info;
}

function runIn(sandbox, info, code, filename) {
  const g = info.global;
  if (info.plain) return binding.runInContext(info.id, code, filename);
  const copiedIn = Reflect.ownKeys(sandbox);
  for (const key of copiedIn) {
    const d = Reflect.getOwnPropertyDescriptor(sandbox, key);
    if (d === undefined) continue;
    d.configurable = true;
    try {
      Reflect.defineProperty(g, key, d);
    } catch {
      // A non-configurable global of the realm keeps its own value.
    }
  }
  try {
    return binding.runInContext(info.id, code, filename);
  } finally {
    for (const key of Reflect.ownKeys(g)) {
      if (info.builtins.has(key) && !copiedIn.includes(key)) continue;
      const d = Reflect.getOwnPropertyDescriptor(g, key);
      if (d === undefined) continue;
      if ('value' in d) {
        if (sandbox[key] !== d.value) {
          try { sandbox[key] = d.value; } catch { /* read-only sandbox property */ }
        }
      } else {
        const own = Reflect.getOwnPropertyDescriptor(sandbox, key);
        if (own === undefined || own.get !== d.get || own.set !== d.set) {
          Reflect.defineProperty(sandbox, key, d);
        }
      }
    }
    for (const key of copiedIn) {
      if (!Reflect.getOwnPropertyDescriptor(g, key)) delete sandbox[key];
    }
  }
}

function filenameOf(options) {
  if (typeof options === 'string') return options;
  if (options && options.filename !== undefined) {
    validateString(options.filename, 'options.filename');
    return options.filename;
  }
  return kDefaultFilename;
}

class Script {
  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    this._code = code;
    this._filename = filenameOf(options);
    binding.compileScript(code, this._filename);
    this.cachedDataRejected = options.cachedData !== undefined ? false : undefined;
    if (this.cachedDataRejected === undefined) delete this.cachedDataRejected;
  }

  runInThisContext(options) {
    return evalScript(this._code, this._filename);
  }

  runInContext(contextifiedObject, options) {
    const info = getContext(contextifiedObject);
    return runIn(contextifiedObject, info, this._code, this._filename);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, options && options.contextName !== undefined ? {} : undefined);
    return this.runInContext(context, options);
  }

  createCachedData() {
    return require('buffer').Buffer.alloc(0);
  }
}

function runInContext(code, contextifiedObject, options) {
  return new Script(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  return new Script(code, options).runInNewContext(contextObject, options);
}

function runInThisContext(code, options) {
  return new Script(code, options).runInThisContext(options);
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  validateObject(options, 'options');
  const filename = filenameOf(options);
  const { compileFunction: compile } = internalBinding('contextify');
  const ext = options.contextExtensions || [];
  if (ext.length === 0) return compile(code, filename, params);
  // Context extensions: their properties are in scope, as `with` would put them.
  const outer = compile(`with (__rode_ext__) { return function (${params.join(', ')}) {\n${code}\n}; }`,
                        filename, ['__rode_ext__']);
  return outer(Object.assign({}, ...ext));
}

function measureMemory() {
  const m = process.memoryUsage();
  return Promise.resolve({ total: { jsMemoryEstimate: m.heapUsed, jsMemoryRange: [m.heapUsed, m.heapTotal] } });
}

const constants = {
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
};

module.exports = {
  Script,
  createContext,
  createScript: (code, options) => new Script(code, options),
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
