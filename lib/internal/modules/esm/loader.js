// The JS side of the ES module loader. The engine (internalBinding
// 'module_wrap') parses, links and evaluates ES modules; this file gives it
// the callbacks it needs: resolve(specifier, parentURL), load(url) (module
// source, or a generated facade for CommonJS/builtins/JSON), initImportMeta,
// the 'rode:internal' functions facades import (requireCjs, loadBuiltin), and
// the factories of ERR_REQUIRE_ASYNC_MODULE / ERR_REQUIRE_CYCLE_MODULE. It
// also wraps the binding's entry points for require(esm), import() of the main
// entry and eval, rewording the engine's missing-export errors as Node does.

const path = require('path');
const {
  fileURLToPath,
  pathToFileURLHref,
  getScheme,
} = require('internal/url');
const { defaultResolve } = require('internal/modules/esm/resolve');
const { defaultGetFormat } = require('internal/modules/esm/get_format');
const translators = require('internal/modules/esm/translators');
const packageJsonReader = require('internal/modules/package_json_reader');
const {
  codes,
  getBuiltinModule,
  getFsBinding,
  normalizeReferrerURL,
} = require('internal/modules/helpers');

let binding;
function moduleWrap() {
  if (binding === undefined) binding = internalBinding('module_wrap');
  return binding;
}

// URLs whose load() returned a generated facade: only they may import
// 'rode:internal'.
const facadeURLs = new Set();
// Sources (and formats) already read by the CommonJS loader, keyed by URL,
// so that load() does not read or detect again.
const knownSources = new Map();
// Sources read by load() for CommonJS files, keyed by path, for the
// CommonJS loader to reuse.
const cjsSources = new Map();
const emittedTypelessWarnings = new Set();
// For error messages: the last [specifier, parentURL] that resolved to a URL.
const lastRequestFor = new Map();
// URLs of CommonJS facades (for the "Named export not found" hint).
const commonjsURLs = new Set();
// (parentURL, specifier, type) -> URL of successful resolutions.
const resolveCache = new Map();
let mainURL;
let initialized = false;
let currentRequireStack = [];
let currentRequireURL;

const kInteropPrefix = 'rode:esm-interop?';

// Also what internal/modules/esm/lazy forwards to before initialize() has run.
const callbacks = {};

function initialize() {
  if (initialized) return;
  initialized = true;
  moduleWrap().setCallbacks(callbacks);
}

// ---------------------------------------------------------------------------
// Callbacks.

// `type` is the import attribute `with { type }` when the engine passes it
// (a third argument, possibly undefined).
function resolve(specifier, parentURL, type) {
  specifier = `${specifier}`;
  if (facadeURLs.has(parentURL) || specifier.startsWith(kInteropPrefix)) return specifier;
  // Like Node, a specifier resolved once from a module keeps its URL even if
  // the file system changes later (a deleted file is still imported).
  const key = `${parentURL}\0${specifier}\0${arguments.length >= 3 ? type : '\0'}`;
  const cached = resolveCache.get(key);
  if (cached !== undefined) return cached;
  const url = defaultResolve(specifier, normalizeReferrerURL(parentURL));
  if (arguments.length >= 3) validateAttributes(url, type);
  lastRequestFor.set(url, [specifier, parentURL]);
  resolveCache.set(key, url);
  return url;
}

function isJSONURL(url) {
  if (url.startsWith('data:')) {
    const match = dataURLRe.exec(url);
    return match !== null && match[1].trim().toLowerCase() === 'application/json';
  }
  if (!url.startsWith('file:')) return false;
  const end = url.search(/[?#]/);
  return (end === -1 ? url : url.slice(0, end)).endsWith('.json');
}

function validateAttributes(url, type) {
  if (type !== undefined && type !== null && type !== 'json') {
    throw new (codes().ERR_IMPORT_ATTRIBUTE_UNSUPPORTED)('type', `${type}`, url);
  }
  const isJSON = isJSONURL(url);
  if (isJSON && type !== 'json') {
    throw new (codes().ERR_IMPORT_ATTRIBUTE_MISSING)(url, 'type', 'json');
  }
  if (!isJSON && type === 'json') {
    throw new (codes().ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE)(url, 'json');
  }
}

function warnTypelessPackageJSON(url, filename) {
  if (filename.indexOf('/node_modules/') !== -1) return;
  const pkg = packageJsonReader.getNearestParentPackageJSON(filename);
  if (pkg === undefined || emittedTypelessWarnings.has(pkg.path)) return;
  emittedTypelessWarnings.add(pkg.path);
  process.emitWarning(
    `Module type of ${url} is not specified and it doesn't parse as CommonJS.\n` +
    'Reparsing as ES module because module syntax was detected. This incurs a ' +
    'performance overhead.\n' +
    `To eliminate this warning, add "type": "module" to ${pkg.path}.`,
    { code: 'MODULE_TYPELESS_PACKAGE_JSON' });
}

function loadBuiltinFacade(url) {
  const BuiltinModule = getBuiltinModule();
  const id = BuiltinModule.normalizeRequirableId(url);
  if (id === undefined) {
    throw new (codes().ERR_UNKNOWN_BUILTIN_MODULE)(url);
  }
  facadeURLs.add(url);
  return translators.builtinFacadeSource(id, BuiltinModule.loadBuiltin(id));
}

const dataURLRe = /^data:([^,;]*)((?:;[^,;]*)*?)(;base64)?,([\s\S]*)$/i;

function loadDataURL(url) {
  const match = dataURLRe.exec(url);
  if (match === null) {
    throw new (codes().ERR_INVALID_URL)(url);
  }
  const mime = match[1].trim().toLowerCase();
  const body = match[3] ? decodeBase64Utf8(decodeURIComponent(match[4])) :
    decodeURIComponent(match[4]);
  if (mime === 'text/javascript' || mime === 'application/javascript') {
    checkCommonJSNamedImports(url, body);
    return body;
  }
  if (mime === 'application/json') return translators.jsonTextFacadeSource(body);
  throw new (codes().ERR_UNKNOWN_MODULE_FORMAT)(mime, url);
}

const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeBase64Utf8(text) {
  text = text.replace(/[^A-Za-z0-9+/]/g, '');
  let bytes = '';
  let bits = 0;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    value = (value << 6) | b64.indexOf(text[i]);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      const byte = (value >> bits) & 0xff;
      bytes += '%' + (byte < 16 ? '0' : '') + byte.toString(16);
    }
  }
  try {
    return decodeURIComponent(bytes);
  } catch {
    return unescape(bytes);
  }
}

function load(url) {
  if (url.startsWith('node:')) return loadBuiltinFacade(url);
  if (url.startsWith(kInteropPrefix)) {
    facadeURLs.add(url);
    return translators.esModuleInteropSource(url.slice(kInteropPrefix.length));
  }
  const scheme = getScheme(url);
  if (scheme === 'data:') return loadDataURL(url);
  if (scheme !== 'file:') {
    const { throwIfUnsupportedURLScheme } = require('internal/modules/esm/resolve');
    throwIfUnsupportedURLScheme(url);
  }

  const known = knownSources.get(url);
  if (known !== undefined) {
    knownSources.delete(url);
    if (known.format === 'module') {
      checkRequireAsync(known.source);
      checkCommonJSNamedImports(url, known.source);
      return known.source;
    }
  }

  const filename = fileURLToPath(url);
  let source;
  const getSource = () => {
    if (source === undefined) source = getFsBinding().readFileUtf8(filename);
    return source;
  };
  const { format, detected } = defaultGetFormat(filename, getSource);
  switch (format) {
    case 'module':
      if (detected) warnTypelessPackageJSON(url, filename);
      checkRequireAsync(getSource());
      checkCommonJSNamedImports(url, getSource());
      return getSource();
    case 'commonjs': {
      const text = getSource();
      cjsSources.set(filename, text);
      facadeURLs.add(url);
      commonjsURLs.add(url);
      return translators.commonjsFacadeSource(url, filename, text);
    }
    case 'json': {
      // Parse now (errors surface at load time, as in Node) and share the
      // value with require.cache.
      require('internal/modules/cjs/loader').loadCjsForESM(filename);
      facadeURLs.add(url);
      return translators.jsonFacadeSource(url);
    }
    default:
      throw new (codes().ERR_UNKNOWN_MODULE_FORMAT)(format, url);
  }
}

// A named import that a CommonJS module does not provide fails at link time
// in Node with a message naming the import as written. The engine would
// report it later, without that context, so it is checked when the importer
// is loaded (nothing of the graph has run yet either way).
function checkCommonJSNamedImports(url, source) {
  const imports = require('internal/modules/esm/cjs_lexer').parseNamedImports(source);
  for (let i = 0; i < imports.length; i++) {
    const { specifier, names, start, end } = imports[i];
    let target;
    try {
      target = resolve(specifier, url);
    } catch {
      continue; // reported by the engine's own resolution
    }
    if (getScheme(target) !== 'file:') continue;
    let filename;
    let format;
    let text;
    try {
      filename = fileURLToPath(target);
      const getSource = () => {
        if (text === undefined) text = getFsBinding().readFileUtf8(filename);
        return text;
      };
      format = defaultGetFormat(filename, getSource).format;
      if (format !== 'commonjs') continue;
      getSource();
    } catch {
      continue;
    }
    const exported = translators.collectCjsExports(filename, text, new Set());
    for (let j = 0; j < names.length; j++) {
      const name = names[j][0];
      if (name === 'default' || name === 'module.exports' || exported.has(name)) continue;
      const oneLine = !/[\n\r\u2028\u2029]/.test(source.slice(start, end));
      throw makeNamedExportError(specifier, name, oneLine ? names : null);
    }
  }
}

function makeNamedExportError(specifier, name, names) {
  // Node's example destructures the imports when the statement is on one line.
  const example = names === null ? '' : `const { ${names.map(([imported, local]) =>
    (imported === local ? imported : `${imported}: ${local}`)).join(', ')} } = pkg;\n`;
  return new SyntaxError(
    `Named export '${name}' not found. The requested module '${specifier}' is a ` +
    'CommonJS module, which may not support all module.exports as named exports.\n' +
    'CommonJS modules can always be imported via the default export, for example using:\n' +
    `\nimport pkg from '${specifier}';\n${example}`);
}

// While require() loads an ES module graph, a module with top-level await
// makes it fail before anything runs (the engine cannot evaluate it
// synchronously).
function checkRequireAsync(source) {
  if (currentRequireURL !== undefined &&
      require('internal/modules/esm/cjs_lexer').hasTopLevelAwait(source)) {
    throw makeRequireAsyncError(currentRequireURL);
  }
}

let importMetaResolveParentFlag;
function importMetaResolveParent() {
  if (importMetaResolveParentFlag === undefined) {
    importMetaResolveParentFlag = require('internal/modules/helpers')
      .getOptionValue('--experimental-import-meta-resolve');
  }
  return importMetaResolveParentFlag;
}

function initImportMeta(meta, url) {
  // Recreate the properties in Node's order even if the engine set some.
  for (const key of Object.keys(meta)) {
    try {
      delete meta[key];
    } catch {
      // non-configurable: leave it
    }
  }
  if (url.startsWith('file:')) {
    const filename = fileURLToPath(url);
    meta.dirname = path.dirname(filename);
    meta.filename = filename;
  }
  meta.main = url === mainURL;
  meta.resolve = function resolve(specifier, parentURL = undefined) {
    let base = url;
    // The second argument is honoured only with --experimental-import-meta-resolve.
    if (parentURL !== undefined && importMetaResolveParent()) {
      if (typeof parentURL === 'string') {
        base = parentURL;
      } else if (require('internal/url').isURL(parentURL)) {
        base = `${parentURL.href}`;
      } else {
        throw new (codes().ERR_INVALID_ARG_TYPE)('parentURL', ['string', 'URL'], parentURL);
      }
    }
    try {
      return defaultResolve(`${specifier}`, base);
    } catch (error) {
      // A missing file still has a URL to return.
      if (error != null && (error.code === 'ERR_MODULE_NOT_FOUND' ||
                            error.code === 'ERR_UNSUPPORTED_DIR_IMPORT') && error.url) {
        return error.url;
      }
      throw error;
    }
  };
  meta.url = url;
}

function requireCjs(url) {
  return require('internal/modules/cjs/loader').loadCjsForESM(fileURLToPath(url));
}

function loadBuiltin(id) {
  return getBuiltinModule().loadBuiltin(id);
}

function makeRequireAsyncError(url) {
  let filename = url;
  try {
    filename = fileURLToPath(url);
  } catch {
    // keep the URL
  }
  // The message lists the require stack after the module name.
  const stack = currentRequireStack;
  const suffix = stack.length > 0 ? '\nRequire stack:\n- ' + stack.join('\n- ') : '';
  return new (codes().ERR_REQUIRE_ASYNC_MODULE)(filename + suffix, undefined, undefined);
}

// For require() of an ES module that is still being evaluated (a cycle
// through require(esm)); the engine must not link or run it again.
function makeRequireCycleError(url) {
  let filename = url;
  try {
    filename = fileURLToPath(url);
  } catch {
    // keep the URL
  }
  const parent = currentRequireStack.length > 0 ? currentRequireStack[0] : undefined;
  return new (codes().ERR_REQUIRE_CYCLE_MODULE)(
    `Cannot require() ES Module ${filename} in a cycle.` +
    (parent !== undefined ? ` (from ${parent})` : '') +
    ' A cycle involving require(esm) is not allowed to maintain invariants mandated by ' +
    'the ECMAScript specification. Try making at least part of the dependency in the graph ' +
    'lazily loaded.');
}

// The engine reports a missing export as "Could not find export 'x' in
// module 'url'"; Node words it from the import as written, with a hint for
// CommonJS modules. Rewrites such an error in place.
const missingExportRe = /^Could not find export '(.*)' in module '(.*)'$/s;

// (require() of ES modules uses the plain wording even for CommonJS.)
function decorateLinkError(error, fromRequire = false) {
  if (!(error instanceof SyntaxError)) return error;
  const match = missingExportRe.exec(error.message);
  if (match === null) return error;
  const name = match[1];
  let url = match[2];
  let request = lastRequestFor.get(url);
  if (request === undefined) {
    // The engine shortens long module names in this message.
    for (const [candidate, value] of lastRequestFor) {
      if (candidate.startsWith(url)) {
        url = candidate;
        request = value;
      }
    }
  }
  const specifier = request !== undefined ? request[0] : url;
  let message;
  if (commonjsURLs.has(url) && !fromRequire) {
    const names = request !== undefined ? importedNames(request[1], specifier) : null;
    message = `Named export '${name}' not found. The requested module '${specifier}' is a ` +
      'CommonJS module, which may not support all module.exports as named exports.\n' +
      'CommonJS modules can always be imported via the default export, for example using:\n' +
      `\nimport pkg from '${specifier}';\nconst { ${names ?? name} } = pkg;\n`;
  } else {
    message = `The requested module '${specifier}' does not provide an export named '${name}'`;
  }
  const oldMessage = error.message;
  error.message = message;
  if (typeof error.stack === 'string' && error.stack.indexOf(oldMessage) !== -1) {
    try {
      error.stack = error.stack.replace(oldMessage, () => message);
    } catch {
      // read-only stack
    }
  }
  return error;
}

// The bindings of `import { ... } from '<specifier>'` in the importer, as a
// destructuring pattern (`a, b: c`), or null when not found.
function importedNames(parentURL, specifier) {
  let source;
  try {
    source = getFsBinding().readFileUtf8(fileURLToPath(normalizeReferrerURL(parentURL)));
  } catch {
    return null;
  }
  const quoted = specifier.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  const re = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*(['"])${quoted}\\2`);
  const match = re.exec(source);
  if (match === null) return null;
  const parts = match[1].split(',').map((part) => part.trim()).filter((part) => part !== '');
  return parts.map((part) => {
    const as = /^(.*?)\s+as\s+(.*)$/s.exec(part);
    return as === null ? part : `${as[1]}: ${as[2]}`;
  }).join(', ');
}

// ---------------------------------------------------------------------------
// Entry points used by the CommonJS loader and run_main.

function setSourceForURL(url, source, format) {
  knownSources.set(url, { source, format });
}

function takeSourceForPath(filename) {
  const source = cjsSources.get(filename);
  if (source !== undefined) cjsSources.delete(filename);
  return source;
}

function requireModule(url, requireStack) {
  initialize();
  const savedStack = currentRequireStack;
  const savedURL = currentRequireURL;
  currentRequireStack = requireStack;
  currentRequireURL = url;
  try {
    return moduleWrap().requireModule(url);
  } catch (error) {
    throw decorateLinkError(error, true);
  } finally {
    currentRequireStack = savedStack;
    currentRequireURL = savedURL;
  }
}

function requireModuleWithInterop(url) {
  initialize();
  return moduleWrap().requireModule(kInteropPrefix + url);
}

function rethrowDecorated(error) {
  throw decorateLinkError(error);
}

function importModule(url) {
  initialize();
  return moduleWrap().importModule(url).catch(rethrowDecorated);
}

// Runs an ES module entry point. Like Node, it starts after the current tick
// (so warnings emitted while deciding the format come out first); a rejection
// is left unhandled so that it is reported like an uncaught exception.
function runEntryPointWithESMLoader(url) {
  initialize();
  mainURL = url;
  return new Promise((resolve) => {
    process.nextTick(() => resolve(moduleWrap().importModule(url).catch(rethrowDecorated)));
  });
}

function evalModule(source, url) {
  initialize();
  mainURL = url;
  return moduleWrap().evalModule(source, url).catch(rethrowDecorated);
}

Object.assign(callbacks, {
  resolve,
  load,
  initImportMeta,
  requireCjs,
  loadBuiltin,
  makeRequireAsyncError,
  makeRequireCycleError,
});

module.exports = {
  callbacks,
  initialize,
  resolve,
  load,
  initImportMeta,
  requireCjs,
  loadBuiltin,
  makeRequireAsyncError,
  makeRequireCycleError,
  decorateLinkError,
  warnTypelessPackageJSON,
  setSourceForURL,
  takeSourceForPath,
  requireModule,
  requireModuleWithInterop,
  importModule,
  runEntryPointWithESMLoader,
  evalModule,
  pathToFileURLHref,
};
