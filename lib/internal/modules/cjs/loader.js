// The CommonJS module loader: the Module class, require() resolution
// (relative, absolute, node_modules, NODE_PATH, global folders, package.json
// "main", "exports", "imports", self-reference), the module cache, the
// extension handlers (.js, .json, .node), cycles, and require() of ES modules
// through the engine (Node 24's require(esm)).

const path = require('path');
const {
  codes,
  getBuiltinModule,
  getFsBinding,
  validateString,
  getCjsConditions,
  isRequireModuleEnabled,
  isDetectModuleEnabled,
  getOptionValue,
  getOptionValues,
  getPreserveSymlinks,
  getPreserveSymlinksMain,
  isNodeBuiltinName,
  builtinNotImplemented,
  loadBuiltinModule,
  makeRequireFunction,
  stripBOM,
  stripShebang,
  toRealPath,
  setErrorMessage,
  parseJSONText,
} = require('internal/modules/helpers');
const packageJsonReader = require('internal/modules/package_json_reader');
// internal/url is loaded on first use: resolving a plain CommonJS program needs no URL.
const urlModule = require.lazy('internal/url');
const pathToFileURLHref = (a) => urlModule().pathToFileURLHref(a);
const fileURLToPath = (a) => urlModule().fileURLToPath(a);
const isURL = (a) => urlModule().isURL(a);

const kIsMainSymbol = Symbol('kIsMainSymbol');
const kIsCachedByESMLoader = Symbol('kIsCachedByESMLoader');
const kURL = Symbol('kURL');
const kFormat = Symbol('kFormat');
const kIsExecuting = Symbol('kIsExecuting');
const kRequiredModuleSymbol = Symbol('kRequiredModuleSymbol');

// The parent of each module; kept out of the object so it does not show up
// when a module is inspected (module.parent is a deprecated accessor).
const moduleParentCache = new WeakMap();

let requireDepth = 0;
let isPreloading = false;
let statCache = null;
let modulePaths = [];
let patched = false;

let contextifyBinding;
function contextify() {
  if (contextifyBinding === undefined) contextifyBinding = internalBinding('contextify');
  return contextifyBinding;
}

let esmResolve;
function lazyEsmResolve() {
  if (esmResolve === undefined) esmResolve = require('internal/modules/esm/resolve');
  return esmResolve;
}

let esmLoader;
// The ES module loader announces itself when it starts (it may hand sources
// over before this file needs it for anything else).
function setEsmLoader(loader) {
  esmLoader = loader;
}

function lazyEsmLoader() {
  if (esmLoader === undefined) esmLoader = require('internal/modules/esm/loader');
  return esmLoader;
}

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (Array.isArray(children) && !(scan && children.includes(child))) {
    children.push(child);
  }
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  // Defined, not assigned: an `exports` accessor on Object.prototype must not run.
  Object.defineProperty(this, 'exports', {
    __proto__: null, value: {}, writable: true, enumerable: true, configurable: true,
  });
  moduleParentCache.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
// Reserve Node's order of the static properties (they are defined below).
Module._debug = undefined;
Module.isBuiltin = undefined;
Module._findPath = undefined;
Module._nodeModulePaths = undefined;
Module._resolveLookupPaths = undefined;
Module._load = undefined;
Module._resolveFilename = undefined;
Module.createRequire = undefined;
Module._initPaths = undefined;
Module._preloadModules = undefined;
Module.syncBuiltinESMExports = undefined;
Module.Module = Module;

// ---------------------------------------------------------------------------
// The wrapper. Patching Module.wrap or Module.wrapper makes the loader compile
// the wrapped text as a script, as Node does.

let wrap = function(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};

const wrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];

let wrapperProxy = new Proxy(wrapper, {
  set(target, property, value, receiver) {
    patched = true;
    return Reflect.set(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    patched = true;
    return Reflect.defineProperty(target, property, descriptor);
  },
});

Object.defineProperty(Module, 'wrap', {
  get() {
    return wrap;
  },
  set(value) {
    patched = true;
    wrap = value;
  },
  enumerable: false,
  configurable: false,
});

Object.defineProperty(Module, 'wrapper', {
  get() {
    return wrapperProxy;
  },
  set(value) {
    patched = true;
    wrapperProxy = value;
  },
  enumerable: false,
  configurable: false,
});

// ---------------------------------------------------------------------------
// Module.prototype

// Like Node, `constructor` is an accessor, so inspecting a module shows no
// class name.
Object.defineProperty(Module.prototype, 'constructor', {
  get() {
    return Module;
  },
  enumerable: false,
  configurable: false,
});

function getModuleParent() {
  return moduleParentCache.get(this);
}

function setModuleParent(value) {
  moduleParentCache.set(this, value);
}

Object.defineProperty(Module.prototype, 'isPreloading', {
  get() {
    return isPreloading;
  },
  enumerable: false,
  configurable: false,
});

// With --pending-deprecation, module.parent warns (DEP0144).
const pendingDeprecation = getOptionValue('--pending-deprecation') ||
  process.env.NODE_PENDING_DEPRECATION === '1';
const parentDeprecationMessage = 'module.parent is deprecated due to accuracy issues. Please ' +
  'use require.main to find program entry point instead.';

Object.defineProperty(Module.prototype, 'parent', {
  get: pendingDeprecation ?
    require('internal/util').deprecate(getModuleParent, parentDeprecationMessage, 'DEP0144') :
    getModuleParent,
  set: pendingDeprecation ?
    require('internal/util').deprecate(setModuleParent, parentDeprecationMessage, 'DEP0144') :
    setModuleParent,
  enumerable: false,
  configurable: false,
});

Module._debug = function _debug() {};

// Whether Node 24 has such a builtin (rode may not have all of them yet).
Module.isBuiltin = function isBuiltin(moduleName) {
  return isNodeBuiltinName(moduleName);
};

// ---------------------------------------------------------------------------
// Resolution.

function _stat(filename) {
  if (statCache !== null) {
    const result = statCache.get(filename);
    if (result !== undefined) return result;
  }
  const result = getFsBinding().internalModuleStat(filename);
  if (statCache !== null && result >= 0) statCache.set(filename, result);
  return result;
}
Object.defineProperty(Module, '_stat', {
  value: _stat, writable: true, enumerable: false, configurable: true,
});

function stat(filename) {
  return Module._stat(filename);
}

Object.defineProperty(Module, '_readPackage', {
  value: function _readPackage(requestPath) {
    return packageJsonReader.read(path.resolve(requestPath, 'package.json'));
  },
  writable: true,
  enumerable: false,
  configurable: true,
});

// The path a found file is known by: its real path, or with
// --preserve-symlinks(-main) the path it was found at.
function filePathFor(requestPath, isMain) {
  if (isMain ? getPreserveSymlinksMain() : getPreserveSymlinks()) {
    return path.resolve(requestPath);
  }
  return toRealPath(requestPath);
}

function tryFile(requestPath, isMain) {
  const rc = stat(requestPath);
  if (rc !== 0) return false;
  return filePathFor(requestPath, isMain);
}

function tryExtensions(basePath, exts, isMain) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i], isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pjsonPath = path.resolve(requestPath, 'package.json');
  const pkg = packageJsonReader.read(pjsonPath).main;
  if (!pkg) {
    return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  }
  const filename = path.resolve(requestPath, pkg);
  let actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = pjsonPath;
      err.requestPath = originalPath;
      throw err;
    }
    process.emitWarning(
      `Invalid 'main' field in '${pjsonPath}' of '${pkg}'. ` +
        'Please either fix that or report it to the module author',
      'DeprecationWarning',
      'DEP0128');
  }
  return actual;
}

// Longest extension of the basename registered in Module._extensions
// ("a.b.c" tries ".b.c" then ".c"); ".js" when none.
function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue; // Skip dotfiles like .gitignore
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

function createEsmNotFoundErr(request, errPath) {
  const err = new Error(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (errPath) err.path = errPath;
  return err;
}

function finalizeEsmResolution(resolved, parentPath, pkgPath) {
  const { encodedSepRegEx } = lazyEsmResolve();
  if (encodedSepRegEx.test(resolved)) {
    throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(
      resolved, 'must not include encoded "/" or "\\" characters', parentPath);
  }
  if (resolved.startsWith('node:')) return resolved.slice(5);
  const filename = fileURLToPath(resolved);
  const actual = tryFile(filename);
  if (actual) return actual;
  throw createEsmNotFoundErr(filename, pkgPath);
}

const EXPORTS_PATTERN = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

function resolveExports(nmPath, request) {
  const m = EXPORTS_PATTERN.exec(request);
  if (m === null) return undefined;
  const name = m[1];
  const expansion = m[2] || '';
  const pkgPath = path.resolve(nmPath, name);
  const pkg = packageJsonReader.read(pkgPath + '/package.json');
  if (pkg.exists && pkg.exports != null) {
    try {
      return finalizeEsmResolution(
        lazyEsmResolve().packageExportsResolve(
          pathToFileURLHref(pkgPath + '/package.json'), '.' + expansion, pkg, null,
          currentCjsConditions()),
        null, pkgPath);
    } catch (e) {
      if (e != null && e.code === 'ERR_MODULE_NOT_FOUND') {
        throw createEsmNotFoundErr(request, pkgPath + '/package.json');
      }
      throw e;
    }
  }
  return undefined;
}

function isRelativeRequest(request) {
  if (request.length === 0 || request[0] !== '.') return false;
  if (request.length === 1) return true;
  if (request[1] === '/') return true;
  return request[1] === '.' && (request.length === 2 || request[2] === '/');
}

Module._findPath = function _findPath(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }

  const cacheKey = request + '\x00' + paths.join('\x00');
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  let exts;
  const trailingSlash = request.length > 0 &&
    (request[request.length - 1] === '/' || request === '.' || request === '..' ||
     request.endsWith('/.') || request.endsWith('/..'));

  let insidePath = true;
  if (isRelativeRequest(request)) {
    const normalizedRequest = path.normalize(request);
    if (normalizedRequest.startsWith('..')) insidePath = false;
  }

  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (insidePath && curPath && stat(curPath) < 1) continue;

    if (!absoluteRequest) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }

    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = filePathFor(basePath, isMain);
      if (!filename) {
        if (exts === undefined) exts = Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }
    if (!filename && rc === 1) {
      if (exts === undefined) exts = Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const parts = from.split('/');
  const paths = [];
  for (let i = parts.length; i > 1; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    paths.push(parts.slice(0, i).join('/') + '/node_modules');
  }
  paths.push('/node_modules');
  return paths;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (isNodeBuiltinName(request)) return null;

  if (request[0] !== '.' ||
      (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    let paths;
    if (parent != null && parent.paths != null && parent.paths.length) {
      paths = parent.paths.concat(modulePaths);
    } else {
      paths = modulePaths;
    }
    return paths.length > 0 ? paths : null;
  }

  // With no parent file (REPL, eval), relative requests are relative to cwd.
  if (!parent || !parent.id || !parent.filename) {
    return ['.'];
  }
  return [path.dirname(parent.filename)];
};

function trySelfParentPath(parent) {
  if (!parent) return false;
  if (parent.filename) return parent.filename;
  if (parent.id === '<repl>' || parent.id === 'internal/preload') {
    try {
      return process.cwd() + path.sep;
    } catch {
      return false;
    }
  }
  return false;
}

function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const pkg = packageJsonReader.getNearestParentPackageJSON(parentPath);
  if (pkg === undefined || pkg.data.exports == null || pkg.data.name === undefined) {
    return false;
  }
  const name = pkg.data.name;
  let expansion;
  if (request === name) {
    expansion = '.';
  } else if (request.startsWith(`${name}/`)) {
    expansion = '.' + request.slice(name.length);
  } else {
    return false;
  }
  try {
    return finalizeEsmResolution(
      lazyEsmResolve().packageExportsResolve(
        pathToFileURLHref(pkg.path), expansion, pkg.data,
        pathToFileURLHref(parentPath), currentCjsConditions()),
      parentPath, pkg.path);
  } catch (e) {
    if (e != null && e.code === 'ERR_MODULE_NOT_FOUND') {
      throw createEsmNotFoundErr(request, pkg.path);
    }
    throw e;
  }
}

function getRequireStack(parent) {
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  return requireStack;
}

// Conditions of the resolution under way: resolve hooks may change them.
let cjsConditionsOverride;
function currentCjsConditions() {
  return cjsConditionsOverride !== undefined ? cjsConditionsOverride : getCjsConditions();
}

// module.registerHooks() hooks also apply to require() (set by
// internal/modules/customization_hooks when they are first registered).
let customizationHooks;
function setCustomizationHooks(hooks) {
  customizationHooks = hooks;
}

function syncHooksActive() {
  return customizationHooks !== undefined && customizationHooks.hasSyncHooks();
}

// The file name a resolved URL stands for: a path, a builtin id, or the URL
// itself for other schemes.
function filenameForURL(url) {
  if (url.startsWith('file:')) return fileURLToPath(url);
  if (url.startsWith('node:')) {
    const id = url.slice(5);
    return getBuiltinModule().canBeRequiredWithoutScheme(id) ||
      require('internal/modules/helpers').nodeBuiltinIds.includes(id) ? id : url;
  }
  return url;
}

function urlForFilename(filename) {
  if (isNodeBuiltinName(filename)) {
    return filename.startsWith('node:') ? filename : `node:${filename}`;
  }
  return path.isAbsolute(filename) ? pathToFileURLHref(filename) : filename;
}

// require() resolution through the resolve hooks: returns the URL and the
// format they gave.
function resolveWithHooks(request, parent, isMain, options) {
  const parentPath = parent != null ? parent.filename : undefined;
  // (A require() made by createRequire(url) keeps that URL, query included.)
  const parentURL = parent != null && parent[kURL] !== undefined ? parent[kURL] :
    parentPath ? urlForFilename(parentPath) : undefined;
  return customizationHooks.resolveWithHooks(request, {
    conditions: require('internal/modules/helpers').getCjsConditionsArray().slice(),
    importAttributes: {},
    parentURL,
  }, (specifier, context) => {
    const saved = cjsConditionsOverride;
    const { conditions } = context;
    if (conditions !== undefined && !Array.isArray(conditions)) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('context.conditions', conditions,
                                                'expected an array');
    }
    if (conditions !== undefined && conditions.length > 0) {
      cjsConditionsOverride = new Set(conditions);
    }
    try {
      return { url: urlForFilename(resolveFilename(specifier, parent, isMain, options)) };
    } finally {
      cjsConditionsOverride = saved;
    }
  }, customizationHooks.syncChain());
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (syncHooksActive()) return filenameForURL(resolveWithHooks(request, parent, isMain, options).url);
  return resolveFilename(request, parent, isMain, options);
};

function resolveFilename(request, parent, isMain, options) {
  if (isNodeBuiltinName(request)) return request;

  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      if (request.startsWith('./') || request.startsWith('../') ||
          request === '.' || request === '..') {
        if (!options.paths.every((p) => typeof p === 'string')) {
          throw new (codes().ERR_INVALID_ARG_TYPE)('paths', 'array of strings', options.paths);
        }
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (let i = 0; i < options.paths.length; i++) {
          // (Node names every entry "paths[0]".)
          validateString(options.paths[i], 'paths[0]');
          fakeParent.paths = Module._nodeModulePaths(options.paths[i]);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (let j = 0; j < lookupPaths.length; j++) {
            if (!paths.includes(lookupPaths[j])) paths.push(lookupPaths[j]);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new (codes().ERR_INVALID_ARG_VALUE)('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && parent != null && (parent.filename || parent.id === '<repl>')) {
    const parentPath = parent.filename || process.cwd() + path.sep;
    const pkg = packageJsonReader.getNearestParentPackageJSON(parentPath);
    if (pkg !== undefined && pkg.data.imports != null) {
      try {
        return finalizeEsmResolution(
          lazyEsmResolve().packageImportsResolve(request, pathToFileURLHref(parentPath),
                                                 currentCjsConditions()),
          parentPath, pkg.path);
      } catch (e) {
        if (e != null && e.code === 'ERR_MODULE_NOT_FOUND') {
          throw createEsmNotFoundErr(request);
        }
        throw e;
      }
    }
  }

  const parentPath = trySelfParentPath(parent);
  const selfResolved = trySelf(parentPath, request);
  if (selfResolved) {
    const cacheKey = request + '\x00' + (paths.length === 1 ? paths[0] : paths.join('\x00'));
    Module._pathCache[cacheKey] = selfResolved;
    return selfResolved;
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;

  const requireStack = getRequireStack(parent);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) {
    message = message + '\nRequire stack:\n- ' + requireStack.join('\n- ');
  }
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
}

// ---------------------------------------------------------------------------
// Loading.

// While a module is being loaded, its exports get this prototype so that
// reading a missing property from the partial exports of a cycle warns.
function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports ` +
                      'inside circular dependency');
}

const CircularRequirePrototypeWarningProxy = new Proxy({}, {
  get(target, prop) {
    if (prop in target || prop === '__esModule') return Reflect.get(target, prop);
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Reflect.getOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

let utilBinding;
function isProxy(value) {
  if (utilBinding === undefined) utilBinding = internalBinding('util');
  return utilBinding.isProxy(value);
}

function getExportsForCircularRequire(module) {
  // An ES module still being loaded by require() cannot hand out partial
  // exports.
  if (module[kFormat] === 'module' && !module[kIsMainSymbol]) {
    const parent = moduleParentCache.get(module);
    const from = parent ? ` (from ${parent.filename || parent.id})` : '';
    throw new (codes().ERR_REQUIRE_CYCLE_MODULE)(
      `Cannot require() ES Module ${module.filename || module.id} in a cycle.${from}`);
  }
  const exports = module.exports;
  // (A proxy's traps must not run: no warning for them.)
  if (exports !== null && typeof exports === 'object' && !isProxy(exports) &&
      Object.getPrototypeOf(exports) === Object.prototype && !exports.__esModule) {
    Object.setPrototypeOf(exports, CircularRequirePrototypeWarningProxy);
  }
  return exports;
}

const relativeResolveCache = { __proto__: null };

// The default load step for require() under hooks: the format by extension
// and package type (undefined when syntax decides), and the source text.
function defaultLoadForRequire(url, context) {
  if (url.startsWith('node:')) return { format: 'builtin', source: null };
  if (!url.startsWith('file:')) {
    require('internal/modules/esm/resolve').throwIfUnsupportedURLScheme(url);
  }
  const filename = fileURLToPath(url);
  let format = context.format;
  if (!format) {
    const ext = path.extname(filename);
    if (ext === '.json') format = 'json';
    else if (ext === '.mjs') format = 'module';
    else if (ext === '.cjs') format = 'commonjs';
    else if (ext === '.node') format = 'addon';
    else {
      const type = packageJsonReader.getNearestParentPackageJSONType(filename);
      if (type === 'module' || type === 'commonjs') format = type;
    }
  }
  if (format === 'addon') return { format, source: null };
  return { format, source: getFsBinding().readFileUtf8(filename) };
}

function loadSourceText(source) {
  if (typeof source === 'string') return source;
  const { Buffer } = require('buffer');
  if (ArrayBuffer.isView(source)) {
    return Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString('utf8');
  }
  return Buffer.from(new Uint8Array(source)).toString('utf8');
}

// Runs a module the load hooks produced.
function compileLoaded(module, filename, url, format, source) {
  switch (format) {
    case undefined:
    case null:
    case 'commonjs':
    case 'commonjs-typeless': {
      const text = source == null ? getFsBinding().readFileUtf8(filename) : loadSourceText(source);
      module._compile(text, filename, format === 'commonjs' ? 'commonjs' : undefined);
      break;
    }
    case 'module':
      loadESMFromCJS(module, filename, loadSourceText(source), false, url);
      break;
    case 'json': {
      const text = loadSourceText(source);
      try {
        module.exports = parseJSONText(stripBOM(text));
      } catch (err) {
        setErrorMessage(err, filename + ': ' + err.message);
        throw err;
      }
      break;
    }
    case 'builtin':
      module.exports = loadBuiltinModule(url.startsWith('node:') ? url.slice(5) : filename);
      break;
    case 'addon':
      Module._extensions['.node'](module, filename);
      break;
    default:
      throw new (codes().ERR_UNKNOWN_MODULE_FORMAT)(format, url);
  }
}

// require() when module.registerHooks() hooks are in place.
function loadWithHooks(request, parent, isMain) {
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const cachedFilename = relativeResolveCache[relResolveCacheIdentifier];
    const cached = cachedFilename !== undefined ? Module._cache[cachedFilename] : undefined;
    if (cached !== undefined) {
      updateChildren(parent, cached, true);
      if (!cached.loaded) return getExportsForCircularRequire(cached);
      return cached.exports;
    }
  }
  const resolved = resolveWithHooks(request, parent, isMain);
  const url = resolved.url;
  // What load hooks make of a builtin is cached under the name it was
  // required by ('os' and 'node:os' are two entries).
  const filename = url.startsWith('node:') && isNodeBuiltinName(request) ? request :
    filenameForURL(url);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (cachedModule.loaded) return cachedModule.exports;
    if (cachedModule[kESMPending] === true) return runPendingModule(cachedModule, parent);
    if (!cachedModule[kIsCachedByESMLoader]) return getExportsForCircularRequire(cachedModule);
    return cachedModule.exports;
  }
  const context = {
    conditions: require('internal/modules/helpers').getCjsConditionsArray().slice(),
    format: resolved.format,
    importAttributes: {},
  };
  const chain = customizationHooks.syncChain();
  if (url.startsWith('node:') && !chain.some((entry) => typeof entry.load === 'function')) {
    const id = url.slice(5);
    if (getBuiltinModule().canBeRequiredByUsers(id)) return loadBuiltinModule(id);
    throw builtinNotImplemented(url);
  }
  const loaded = customizationHooks.loadWithHooks(url, context, defaultLoadForRequire, chain);
  if (loaded.format === 'builtin') {
    const id = url.startsWith('node:') ? url.slice(5) : filename;
    if (getBuiltinModule().canBeRequiredByUsers(id)) return loadBuiltinModule(id);
    throw builtinNotImplemented(id);
  }
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
    module[kIsMainSymbol] = true;
  } else {
    module[kIsMainSymbol] = false;
  }
  module[kIsCachedByESMLoader] = false;
  module[kURL] = url;
  module[kFormat] = loaded.format;
  Module._cache[filename] = module;
  if (relResolveCacheIdentifier !== undefined) {
    relativeResolveCache[relResolveCacheIdentifier] = filename;
  }
  let threw = true;
  try {
    module.filename = filename;
    module.paths = Module._nodeModulePaths(path.dirname(filename));
    compileLoaded(module, filename, url, loaded.format, loaded.source);
    module.loaded = true;
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (relResolveCacheIdentifier !== undefined) {
        delete relativeResolveCache[relResolveCacheIdentifier];
      }
      if (parent != null && Array.isArray(parent.children)) {
        const index = parent.children.indexOf(module);
        if (index !== -1) parent.children.splice(index, 1);
      }
    }
  }
  return module.exports;
}

Module._load = function _load(request, parent, isMain) {
  if (syncHooksActive()) return loadWithHooks(request, parent, isMain);
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        if (cachedModule[kESMPending] === true) return runPendingModule(cachedModule, parent);
        if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
        return cachedModule.exports;
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }

  if (typeof request === 'string' && request.startsWith('node:')) {
    const id = request.slice(5);
    if (!getBuiltinModule().canBeRequiredByUsers(id)) {
      if (isNodeBuiltinName(request)) throw builtinNotImplemented(request);
      throw new (codes().ERR_UNKNOWN_BUILTIN_MODULE)(request);
    }
    return loadBuiltinModule(id);
  }

  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (cachedModule.loaded) return cachedModule.exports;
    if (cachedModule[kESMPending] === true) return runPendingModule(cachedModule, parent);
    if (!cachedModule[kIsCachedByESMLoader]) return getExportsForCircularRequire(cachedModule);
    // Imported first and still executing: a cycle through the ES module loader.
    return cachedModule.exports;
  }

  if (getBuiltinModule().canBeRequiredWithoutScheme(filename)) {
    return loadBuiltinModule(filename);
  }
  if (isNodeBuiltinName(filename)) throw builtinNotImplemented(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
    module[kIsMainSymbol] = true;
  } else {
    module[kIsMainSymbol] = false;
  }
  module[kIsCachedByESMLoader] = false;
  module[kURL] = undefined;
  module[kFormat] = undefined;

  Module._cache[filename] = module;
  if (parent !== undefined && parent !== null) {
    relativeResolveCache[relResolveCacheIdentifier] = filename;
  }

  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined && parent !== null) {
        delete relativeResolveCache[relResolveCacheIdentifier];
        const children = parent.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    } else if (module.exports !== null && typeof module.exports === 'object' &&
               !isProxy(module.exports) &&
               Object.getPrototypeOf(module.exports) === CircularRequirePrototypeWarningProxy) {
      Object.setPrototypeOf(module.exports, Object.prototype);
    }
  }
  return module.exports;
};

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') {
    throw new (codes().ERR_INVALID_ARG_VALUE)('id', id, 'must be a non-empty string');
  }
  requireDepth++;
  try {
    return Module._load(id, this, false);
  } finally {
    requireDepth--;
  }
};

const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];

// Compiles the module body; returns the function, or undefined when `format`
// is undefined (typeless .js) and the source is ES module syntax.
function wrapSafe(filename, content, format, detect = true) {
  if (patched) {
    const wrapped = Module.wrap(stripShebang(content));
    return contextify().evalScript(wrapped, filename);
  }
  try {
    return contextify().compileFunction(stripShebang(content), filename, wrapperParams);
  } catch (err) {
    if (format === undefined && detect && err instanceof SyntaxError &&
        require('internal/modules/esm/cjs_lexer').containsModuleSyntax(content)) {
      return undefined;
    }
    if (err instanceof SyntaxError) {
      if ((format === 'commonjs' || !detect) &&
          require('internal/modules/esm/cjs_lexer').containsModuleSyntax(content)) {
        warnESMSyntaxInCommonJS(filename);
      }
      rewordModuleSyntaxError(err, content);
    }
    throw err;
  }
}

// A file declared CommonJS that uses module syntax: the warning comes out at
// once, since the error that follows usually ends the process.
function warnESMSyntaxInCommonJS(filename) {
  const warning = new Error(`Failed to load the ES module: ${filename}. Make sure to set ` +
    '"type": "module" in the nearest package.json file or use the .mjs extension.');
  warning.name = 'Warning';
  process.emit('warning', warning);
}

// The engine's messages for module syntax in a script, in V8's words (what
// Node prints for the usual mistake of using import/export in CommonJS).
function rewordModuleSyntaxError(err, content) {
  let message;
  if (err.message === 'unsupported keyword: export') {
    message = "Unexpected token 'export'";
  } else if (err.message === 'import.meta only valid in module code') {
    message = "Cannot use 'import.meta' outside a module";
  } else {
    const at = typeof err.stack === 'string' ? /\n\s+at [^\n]*:(\d+):(\d+)\)?\n/.exec(err.stack) : null;
    if (at === null) return;
    const line = content.split('\n')[at[1] - 1];
    if (line === undefined || !/^\s*import\s*[\w{*'"]/.test(line) ||
        /^\s*import\s*\(/.test(line)) {
      return;
    }
    message = 'Cannot use import statement outside a module';
  }
  setErrorMessage(err, message);
}

let esmCallbacksReady = false;
function ensureEsmCallbacks() {
  require('internal/modules/esm/lazy').ensureCallbacks();
}

Module.prototype._compile = function _compile(content, filename, format) {
  // CommonJS code may call import(): the engine needs the ESM callbacks.
  if (!esmCallbacksReady) {
    esmCallbacksReady = true;
    ensureEsmCallbacks();
  }
  if (format === 'module') {
    return loadESMFromCJS(this, filename, content, false);
  }
  // Without require(esm), only the entry point is reparsed as a module.
  const compiledWrapper = wrapSafe(filename, content, format,
                                   isDetectModuleEnabled() &&
                                   (this[kIsMainSymbol] || isRequireModuleEnabled()));
  if (compiledWrapper === undefined) {
    return loadESMFromCJS(this, filename, content, true);
  }
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  const thisValue = exports;
  const module = this;
  this[kIsExecuting] = true;
  let result;
  if (requireDepth === 0) statCache = new Map();
  try {
    result = compiledWrapper.call(thisValue, exports, require, module, filename, dirname);
  } finally {
    if (requireDepth === 0) statCache = null;
  }
  this[kIsExecuting] = false;
  return result;
};

let traceRequireModule;
// --trace-require-module=all|no-node-modules: an ExperimentalWarning for
// require() of ES modules (from anywhere, or from outside node_modules).
function maybeWarnRequireModule(parent, filename) {
  if (traceRequireModule === undefined) {
    const values = getOptionValues('--trace-require-module');
    traceRequireModule = values.length > 0 ? values[values.length - 1] : '';
  }
  if (traceRequireModule !== 'all' && traceRequireModule !== 'no-node-modules') return;
  const parentPath = parent.filename || parent.id;
  if (traceRequireModule === 'no-node-modules' &&
      typeof parentPath === 'string' && parentPath.includes('/node_modules/')) {
    return;
  }
  process.emitWarning(
    `CommonJS module ${parentPath} is loading ES Module ${filename} using require().\n` +
    'Support for loading ES Module in require() is an experimental feature and might ' +
    'change at any time',
    'ExperimentalWarning', undefined, Module.prototype.require);
}

// require() of an ES module: evaluated synchronously by the engine; the
// result is the namespace, or its "module.exports" export, or (for a module
// with a default export and no __esModule) a namespace that adds
// __esModule: true.
function loadESMFromCJS(mod, filename, source, detected, url = pathToFileURLHref(filename)) {
  const loader = lazyEsmLoader();
  mod[kFormat] = 'module';
  loader.setSourceForURL(url, source, 'module');
  if (mod[kIsMainSymbol]) {
    if (detected) loader.warnTypelessPackageJSON(url, filename);
    mod.loaded = true;
    loader.runEntryPointWithESMLoader(url);
    return;
  }
  const parent = moduleParentCache.get(mod);
  if (!isRequireModuleEnabled()) {
    const parentPath = parent != null ? parent.filename || parent.id : undefined;
    const hasEsmSyntax = filename.endsWith('.mjs') ||
      require('internal/modules/esm/cjs_lexer').containsModuleSyntax(source);
    throw new (codes().ERR_REQUIRE_ESM)(filename, hasEsmSyntax, parentPath);
  }
  if (parent != null) maybeWarnRequireModule(parent, filename);
  const namespace = loader.requireModule(url, getRequireStack(parent));
  let exports;
  if (Object.prototype.hasOwnProperty.call(namespace, 'module.exports') ||
      'module.exports' in namespace) {
    exports = namespace['module.exports'];
  } else if (!('default' in namespace) || ('__esModule' in namespace)) {
    exports = namespace;
  } else {
    exports = loader.requireModuleWithInterop(url);
  }
  mod.exports = exports;
}

// ---------------------------------------------------------------------------
// Extension handlers.

Module._extensions['.js'] = function(module, filename) {
  // Sources handed over by the ES module loader exist only once it has been loaded.
  const content = (esmLoader !== undefined ? esmLoader.takeSourceForPath(filename) : undefined) ??
    getFsBinding().readFileUtf8(filename);
  let format;
  if (filename.endsWith('.js')) {
    const type = packageJsonReader.getNearestParentPackageJSONType(filename);
    if (type === 'module') format = 'module';
    else if (type === 'commonjs') format = 'commonjs';
  } else if (filename.endsWith('.mjs')) {
    format = 'module';
  } else if (filename.endsWith('.cjs')) {
    format = 'commonjs';
  } else if (path.extname(filename) === '' &&
             packageJsonReader.getNearestParentPackageJSONType(filename) === 'module') {
    format = 'module';
  }
  module._compile(content, filename, format);
};

Module._extensions['.json'] = function(module, filename) {
  const content = getFsBinding().readFileUtf8(filename);
  try {
    module.exports = parseJSONText(stripBOM(content));
  } catch (err) {
    setErrorMessage(err, filename + ': ' + err.message);
    throw err;
  }
};

Module._extensions['.node'] = function(module, filename) {
  if (typeof process.dlopen === 'function') {
    return process.dlopen(module, path.toNamespacedPath(filename));
  }
  // What the system loader would say about a file that is not a shared
  // object; real addons cannot be loaded.
  let reason = 'native addons are not supported';
  let bytes;
  try {
    bytes = require('fs').readFileSync(filename);
  } catch {
    bytes = undefined;
  }
  if (bytes !== undefined) {
    if (bytes.length < 64) {
      reason = 'file too short';
    } else if (bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) {
      reason = 'invalid ELF header';
    }
  }
  const err = new Error(`${filename}: ${reason}`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

// ---------------------------------------------------------------------------
// Loading a CommonJS module for the ES module loader (import of a .cjs/.js).

// Like Node, the ES module loader puts a CommonJS module it is about to import
// in require.cache before the graph runs; if something require()s it first,
// it runs then, and the import sees module.exports as they were right after
// it ran (later reassignments do not show through the import).
const kESMPending = Symbol('kESMPending');
const kESMExports = Symbol('kESMExports');

function declareCjsForESM(filename) {
  if (Module._cache[filename] !== undefined) return;
  const module = new Module(filename, undefined);
  module[kIsCachedByESMLoader] = true;
  module[kFormat] = 'commonjs';
  module[kESMPending] = true;
  Module._cache[filename] = module;
}

function runPendingModule(module, parent) {
  module[kESMPending] = false;
  if (parent !== undefined) moduleParentCache.set(module, parent);
  const filename = module.id;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw && Module._cache[filename] === module) delete Module._cache[filename];
  }
  module[kESMExports] = module.exports;
  return module.exports;
}

function loadCjsForESM(filename) {
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (cached[kESMPending] === true) return runPendingModule(cached, undefined);
    if (Object.prototype.hasOwnProperty.call(cached, kESMExports)) {
      const exports = cached[kESMExports];
      delete cached[kESMExports];
      return exports;
    }
    return cached.exports;
  }
  const module = new Module(filename, undefined);
  module[kIsCachedByESMLoader] = true;
  module[kFormat] = 'commonjs';
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) delete Module._cache[filename];
  }
  return module.exports;
}

// ---------------------------------------------------------------------------
// Public helpers.

function createRequireFromPath(filename, url) {
  // Allow a directory to be passed as the filename.
  const trailingSlash = filename.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filename, 'noop.js') : filename;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  if (url !== undefined) m[kURL] = url;
  return makeRequireFunction(m);
}

const createRequireError = 'must be a file URL object, file URL string, or ' +
  'absolute path string';

function createRequire(filename) {
  let filepath;
  let url;
  if (isURL(filename) || (typeof filename === 'string' && !path.isAbsolute(filename))) {
    try {
      filepath = fileURLToPath(filename);
    } catch {
      throw new (codes().ERR_INVALID_ARG_VALUE)('filename', filename, createRequireError);
    }
    url = `${isURL(filename) ? filename.href : filename}`;
  } else if (typeof filename !== 'string') {
    throw new (codes().ERR_INVALID_ARG_VALUE)('filename', filename, createRequireError);
  } else {
    filepath = filename;
  }
  return createRequireFromPath(filepath, url);
}

Module.createRequire = createRequire;

Module._initPaths = function() {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  let paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    paths = nodePath.split(path.delimiter).filter(function pathsFilterCB(p) {
      return !!p;
    }).concat(paths);
  }
  modulePaths = paths;
  Module.globalPaths = modulePaths.slice();
};

Module._preloadModules = function(requests) {
  if (!Array.isArray(requests)) return;
  isPreloading = true;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') {
      isPreloading = false;
      throw e;
    }
  }
  try {
    for (let n = 0; n < requests.length; n++) parent.require(requests[n]);
  } finally {
    isPreloading = false;
  }
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  lazyEsmLoader().syncBuiltinESMExports();
};

Module._initPaths();

// Frames as Node 24.21.0 prints them (see setNodeFrame in internal/bootstrap/stack_trace).
{
  const { setNodeFrame } = require('internal/bootstrap/stack_trace');
  const at = (name, line, col) => ({ text: `${name} (node:internal/modules/cjs/loader:${line}:${col})` });
  setNodeFrame(Module.prototype._compile, at('Module._compile', 1929, 14));
  setNodeFrame(Module._extensions['.js'], at('Object..js', 2060, 10));
  setNodeFrame(Module.prototype.load, at('Module.load', 1651, 32));
  setNodeFrame(Module.prototype.require, at('Module.require', 1674, 12));
  setNodeFrame(Module._load, {
    text: 'Module._load (node:internal/modules/cjs/loader:1443:12)',
    after: ['wrapModuleLoad (node:internal/modules/cjs/loader:261:19)'],
  });
}

module.exports = {
  Module,
  kIsMainSymbol,
  kIsCachedByESMLoader,
  kURL,
  kFormat,
  kIsExecuting,
  kRequiredModuleSymbol,
  loadCjsForESM,
  declareCjsForESM,
  setEsmLoader,
  setCustomizationHooks,
  rewordModuleSyntaxError,
  getRequireStack,
  findLongestRegisteredExtension,
  createRequire,
  wrapSafe,
};
