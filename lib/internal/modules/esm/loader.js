// The JS side of the ES module loader. The engine (internalBinding
// 'module_wrap') parses, links and evaluates ES modules; this file gives it
// the callbacks it needs: resolve(specifier, parentURL), load(url) (module
// source, or a generated facade for CommonJS/builtins/JSON), initImportMeta,
// the 'rode:internal' functions facades import (requireCjs, loadBuiltin), and
// the factories of ERR_REQUIRE_ASYNC_MODULE / ERR_REQUIRE_CYCLE_MODULE. It
// also wraps the binding's entry points for require(esm), import() of the main
// entry and eval, rewording the engine's errors as Node does (missing exports,
// CommonJS globals in ES modules), runs customization hooks (registerHooks,
// register, --loader; see internal/modules/customization_hooks) and reports
// an entry point left at an unsettled top-level await (exit code 13).

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
  setErrorMessage,
  parseJSONText,
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
  require('internal/modules/cjs/loader').setEsmLoader(module.exports);
}

// ---------------------------------------------------------------------------
// Callbacks.

// `type` is the import attribute `with { type }` when the engine passes it
// (a third argument, possibly undefined).
function resolve(specifier, parentURL, type) {
  specifier = `${specifier}`;
  if (facadeURLs.has(parentURL) || specifier.startsWith(kInteropPrefix)) return specifier;
  const internalParent = !parentURL || parentURL.startsWith('node:internal/');
  // A module whose source require() already has (possibly from hooks).
  if (internalParent && knownSources.has(specifier)) return specifier;
  if (isHooksRealm(parentURL) || (internalParent && isHooksRealm(specifier))) {
    return resolveInHooksRealm(specifier, parentURL, arguments.length >= 3 ? type : kNoType);
  }
  const withHooks = hooksActive();
  // The entry point's URL is final (--preserve-symlinks-main keeps a link's).
  if (specifier === mainURL && internalParent && !withHooks) return specifier;
  // Like Node, a specifier resolved once from a module keeps its URL even if
  // the file system changes later (a deleted file is still imported).
  // (Hooks decide again for each import, as in Node; the engine may ask twice
  // while linking one module, so their answers are kept until the current
  // job is done.) The engine passes the `type` attribute as a third argument
  // when it checks attributes.
  const checkAttributes = arguments.length >= 3;
  const key = `${parentURL}\0${specifier}\0${type == null ? '' : type}`;
  const cache = withHooks ? hookResolveCache : resolveCache;
  let entry = cache.get(key);
  if (entry === undefined) {
    if (withHooks) {
      const attributes = type != null ? { type: `${type}` } : {};
      const result = customizationHooks.resolveWithHooks(specifier, {
        conditions: getDefaultConditions().slice(),
        importAttributes: attributes,
        parentURL: internalParent ? undefined : normalizeReferrerURL(parentURL),
      }, defaultResolveStep);
      const finalAttributes = result.importAttributes != null ? result.importAttributes : attributes;
      entry = {
        url: result.url,
        type: finalAttributes.type,
        isJSON: result.format != null ? result.format === 'json' : isJSONURL(result.url),
      };
      if (result.format != null) formatHints.set(entry.url, result.format);
      attributesFor.set(entry.url, finalAttributes);
      if (!hookResolveCacheClearing) {
        hookResolveCacheClearing = true;
        queueMicrotask(() => {
          hookResolveCache.clear();
          hookResolveCacheClearing = false;
        });
      }
    } else {
      const url = defaultResolve(specifier, normalizeReferrerURL(parentURL));
      entry = { url, type, isJSON: undefined };
    }
    cache.set(key, entry);
    lastRequestFor.set(entry.url, [specifier, parentURL]);
  }
  // (With hooks, the format is known once loaded: checked then.)
  if (checkAttributes && !withHooks) {
    validateAttributes(entry.url, entry.type,
                       entry.isJSON === undefined ? isJSONURL(entry.url) : entry.isJSON);
  }
  return entry.url;
}

const hookResolveCache = new Map();
let hookResolveCacheClearing = false;

const kNoType = Symbol('kNoType');

// Resolution inside the hooks' own module graph: the default algorithm (no
// hooks), results kept in that graph.
function resolveInHooksRealm(specifier, parentURL, type) {
  if (isHooksRealm(specifier)) return specifier;
  const level = hooksRealmLevel(parentURL);
  const parent = normalizeReferrerURL(fromHooksRealm(parentURL));
  let url;
  if (level === 0) {
    url = defaultResolve(specifier, parent);
    if (type !== kNoType) validateAttributes(url, type);
  } else {
    const attributes = type !== kNoType && type != null ? { type: `${type}` } : {};
    const result = customizationHooks.resolveWithHooks(specifier, {
      conditions: getDefaultConditions().slice(),
      importAttributes: attributes,
      parentURL: parent,
    }, defaultResolveStep, customizationHooks.asyncChainBefore(level));
    url = result.url;
    const name = url.startsWith('node:') ? url : toHooksRealm(url, level);
    if (result.format != null) formatHints.set(name, result.format);
    attributesFor.set(name, result.importAttributes != null ? result.importAttributes : attributes);
  }
  return url.startsWith('node:') ? url : toHooksRealm(url, level);
}

// ---------------------------------------------------------------------------
// Customization hooks (module.register, module.registerHooks, --loader).

let customizationHooks;
function hooksActive() {
  return customizationHooks !== undefined && customizationHooks.hasHooks();
}

function getCustomizationHooks() {
  if (customizationHooks === undefined) {
    customizationHooks = require('internal/modules/customization_hooks');
  }
  return customizationHooks;
}

// What resolve hooks said about a URL, for the load hooks' context.
const formatHints = new Map();
const attributesFor = new Map();

function getDefaultConditions() {
  return require('internal/modules/esm/resolve').getDefaultConditions();
}

// The format a URL will most likely load as (without reading it).
function guessFormat(url) {
  const scheme = getScheme(url);
  if (scheme === 'node:') return 'builtin';
  if (scheme === 'data:') {
    const match = dataURLRe.exec(url);
    if (match === null) return undefined;
    const mime = match[1].trim().toLowerCase();
    if (mime === 'application/json') return 'json';
    if (mime === 'text/javascript' || mime === 'application/javascript') return 'module';
    return undefined;
  }
  if (scheme !== 'file:') return undefined;
  let filename;
  try {
    filename = fileURLToPath(url);
  } catch {
    return undefined;
  }
  const ext = path.extname(filename);
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  if (ext === '.js' || ext === '') {
    const type = packageJsonReader.getNearestParentPackageJSONType(filename);
    if (type === 'module' || type === 'commonjs') return type;
  }
  return undefined;
}

// The end of the resolve chain: Node's default resolution.
// (Like Node, only file: URLs get a format: null when it takes reading the
// file to know.)
function defaultResolveStep(specifier, context) {
  if (context.conditions !== undefined && !Array.isArray(context.conditions)) {
    throw new (codes().ERR_INVALID_ARG_VALUE)('conditions', context.conditions,
                                              'expected an array');
  }
  const url = context.parentURL === undefined && specifier === mainURL ? specifier :
    defaultResolve(specifier, context.parentURL,
                   Array.isArray(context.conditions) ? context.conditions : undefined);
  if (getScheme(url) !== 'file:') return { url };
  const format = guessFormat(url);
  return { url, format: format === undefined ? null : format };
}

// The end of the load chain: the format and source Node would load. Hooks
// called by register() get no source for CommonJS (its loader reads it).
function defaultLoadStep(url, context, fromAsync) {
  const result = defaultLoadFormatAndSource(url, context, fromAsync);
  // The import attributes the chain ended with must fit the format.
  const attributes = context.importAttributes;
  if (result.format !== 'builtin') {
    validateAttributes(url, attributes != null ? attributes.type : undefined,
                       result.format === 'json');
  }
  return result;
}

function defaultLoadFormatAndSource(url, context, fromAsync) {
  const scheme = getScheme(url);
  if (scheme === 'node:') return { format: 'builtin', source: null };
  const { Buffer } = require('buffer');
  if (scheme === 'data:') {
    const match = dataURLRe.exec(url);
    if (match === null) throw new (codes().ERR_INVALID_URL)(url);
    const format = context.format || guessFormat(url);
    if (format === undefined) {
      throw new (codes().ERR_UNKNOWN_MODULE_FORMAT)(match[1].trim().toLowerCase(), url);
    }
    return { format, source: Buffer.from(dataURLBody(match)) };
  }
  if (scheme !== 'file:') {
    const { throwIfUnsupportedURLScheme } = require('internal/modules/esm/resolve');
    throwIfUnsupportedURLScheme(url);
  }
  knownSources.delete(url);
  const filename = fileURLToPath(url);
  let text;
  const getSource = () => {
    if (text === undefined) text = getFsBinding().readFileUtf8(filename);
    return text;
  };
  let format = context.format;
  if (!format) {
    const found = defaultGetFormat(filename, getSource);
    format = found.format;
    if (found.detected) warnTypelessPackageJSON(url, filename);
  }
  if (format === 'builtin') return { format, source: null };
  if (format === 'commonjs' && fromAsync) return { format, source: null };
  return { format, source: require('fs').readFileSync(filename) };
}

function sourceText(source) {
  if (typeof source === 'string') return source;
  const { Buffer } = require('buffer');
  if (ArrayBuffer.isView(source)) {
    return Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString('utf8');
  }
  return Buffer.from(new Uint8Array(source)).toString('utf8');
}

// Engine source for what the load chain produced.
// `name` is what the engine knows the module as (the hooks realm adds a
// fragment to the URL).
function loadHooked(url, name = url, hooks = undefined) {
  const result = customizationHooks.loadWithHooks(url, {
    conditions: getDefaultConditions().slice(),
    format: formatHints.get(name),
    importAttributes: attributesFor.get(name) || {},
  }, defaultLoadStep, hooks);
  const { format, source } = result;
  if (name !== url && (format === 'commonjs' || format === 'json')) facadeURLs.add(name);
  switch (format) {
    case 'builtin':
      if (name !== url) facadeURLs.add(name);
      return loadBuiltinFacade(url);
    case 'module': {
      const text = sourceText(source);
      checkRequireAsync(text);
      checkCommonJSNamedImports(url, text);
      return text;
    }
    case 'commonjs': {
      // Source a hook made up for a non-file URL is known by the URL.
      const filename = getScheme(url) === 'file:' || source == null ? fileURLToPath(url) : url;
      if (currentRequireURL !== undefined) checkCommonJSCycle(url, filename);
      const text = source == null ? getFsBinding().readFileUtf8(filename) : sourceText(source);
      cjsSources.set(filename, text);
      require('internal/modules/cjs/loader').declareCjsForESM(filename);
      facadeURLs.add(url);
      commonjsURLs.add(url);
      return translators.commonjsFacadeSource(url, filename, text);
    }
    case 'json': {
      const text = sourceText(source);
      jsonValues.set(url, parseJSONModule(text, url));
      facadeURLs.add(url);
      return translators.jsonFacadeSource(url);
    }
    default:
      throw new (codes().ERR_UNKNOWN_MODULE_FORMAT)(format, url);
  }
}

// Imports a module and waits for it (without an event loop turn): used for
// hooks modules, which must be in place before anything else loads.
function importModuleSync(url) {
  initialize();
  return getCustomizationHooks().settle(moduleWrap().importModule(url), url);
}

/**
 * module.register() / --experimental-loader: imports the hooks module and
 * adds its hooks. `id` names them in error messages.
 */
function registerHooksModule(specifier, parentURL, data, id) {
  initialize();
  const hooks = getCustomizationHooks();
  const url = resolve(specifier, parentURL);
  const level = hooks.asyncHookCount();
  const namespace = importModuleSync(url.startsWith('node:') ? url : toHooksRealm(url, level));
  hooks.addAsyncHooks(namespace, id, data);
}

// Modules of register() hooks (and what they import) are instances of their
// own, as in Node where they run on another thread: the engine knows them by
// their URL with a fragment added, which also says how many earlier hooks
// apply to them (Node lets hooks customize the hooks registered after them).
// Builtins (and CommonJS modules, through require.cache) are shared.
const hooksRealmRe = /#rode-hooks-(\d+)$/;

function toHooksRealm(url, level) {
  return `${url}#rode-hooks-${level}`;
}

function isHooksRealm(url) {
  return typeof url === 'string' && hooksRealmRe.test(url);
}

function hooksRealmLevel(url) {
  return Number(hooksRealmRe.exec(url)[1]);
}

function fromHooksRealm(url) {
  return url.slice(0, url.lastIndexOf('#rode-hooks-'));
}

function registerHooks(hooks) {
  initialize();
  return getCustomizationHooks().registerHooks(hooks);
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

// A module whose format is unknown fails for that before its attributes are
// looked at (Node checks them once the format is known).
function throwIfUnknownFormat(url) {
  if (url.startsWith('data:')) {
    const match = dataURLRe.exec(url);
    if (match === null) return;
    const mime = match[1].trim().toLowerCase();
    if (mime !== 'text/javascript' && mime !== 'application/javascript' &&
        mime !== 'application/json') {
      const written = match[1].trim();
      throw new (codes().ERR_UNKNOWN_MODULE_FORMAT)(
        /^[^/]+\/[^;,]+$/.test(written) ? written : null, url);
    }
  }
}

function validateAttributes(url, type, isJSON = isJSONURL(url)) {
  if (type !== undefined && type !== null && type !== 'json') {
    throwIfUnknownFormat(url);
    throw new (codes().ERR_IMPORT_ATTRIBUTE_UNSUPPORTED)('type', `${type}`, url);
  }
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
    const helpers = require('internal/modules/helpers');
    if (helpers.isNodeBuiltinName(url)) throw helpers.builtinNotImplemented(url);
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
  const body = dataURLBody(match);
  if (mime === 'text/javascript' || mime === 'application/javascript') {
    checkRequireAsync(body);
    checkCommonJSNamedImports(url, body);
    esmSourceURLs.add(url);
    return body;
  }
  if (mime === 'application/json') {
    // Parsed now: a syntax error fails the import before anything runs.
    jsonValues.set(url, parseJSONModule(body, url));
    facadeURLs.add(url);
    return translators.jsonFacadeSource(url);
  }
  // (Node reports the type as written, or null when it is not type/subtype.)
  const written = match[1].trim();
  throw new (codes().ERR_UNKNOWN_MODULE_FORMAT)(/^[^/]+\/[^;,]+$/.test(written) ? written : null, url);
}

function dataURLBody(match) {
  return match[3] ? decodeBase64Utf8(decodeURIComponent(match[4])) :
    decodeURIComponent(match[4]);
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
  if (url.startsWith(kInteropPrefix)) {
    facadeURLs.add(url);
    return translators.esModuleInteropSource(url.slice(kInteropPrefix.length));
  }
  if (isHooksRealm(url)) {
    // Loaded under the realm's name, through the hooks registered before.
    const real = fromHooksRealm(url);
    const level = hooksRealmLevel(url);
    if (level > 0) return loadHooked(real, url, customizationHooks.asyncChainBefore(level));
    const source = loadUnhooked(real);
    if (facadeURLs.has(real)) facadeURLs.add(url);
    return source;
  }
  if (hooksActive() && !knownSources.has(url)) return loadHooked(url);
  return loadUnhooked(url);
}

function loadUnhooked(url) {
  // Source require() already read (or load hooks gave it, any URL).
  const known = knownSources.get(url);
  if (known !== undefined) {
    knownSources.delete(url);
    if (known.format === 'module') {
      checkRequireAsync(known.source);
      checkCommonJSNamedImports(url, known.source);
      if (getScheme(url) === 'file:') esmSourceURLs.add(url);
      return known.source;
    }
  }
  if (url.startsWith('node:')) return loadBuiltinFacade(url);
  const scheme = getScheme(url);
  if (scheme === 'data:') return loadDataURL(url);
  if (scheme !== 'file:') {
    const { throwIfUnsupportedURLScheme } = require('internal/modules/esm/resolve');
    throwIfUnsupportedURLScheme(url);
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
      esmSourceURLs.add(url);
      return getSource();
    case 'commonjs': {
      if (currentRequireURL !== undefined) checkCommonJSCycle(url, filename);
      const text = getSource();
      cjsSources.set(filename, text);
      require('internal/modules/cjs/loader').declareCjsForESM(filename);
      facadeURLs.add(url);
      commonjsURLs.add(url);
      return translators.commonjsFacadeSource(url, filename, text);
    }
    case 'json': {
      // Parse now (errors surface at load time, as in Node) and share the
      // value with require.cache, unless the URL has a query or fragment
      // (then it is a module of its own).
      if (/[?#]/.test(url)) {
        jsonValues.set(url, parseJSONModule(getSource(), url));
        facadeURLs.add(url);
        return translators.jsonFacadeSource(url);
      }
      require('internal/modules/cjs/loader').loadCjsForESM(filename);
      facadeURLs.add(url);
      return translators.jsonFacadeSource(url);
    }
    default:
      throw new (codes().ERR_UNKNOWN_MODULE_FORMAT)(format, url);
  }
}

// Inside a require(esm), importing a CommonJS module that is still running
// (it started the require) is a cycle Node refuses.
function checkCommonJSCycle(url, filename) {
  const { Module } = require('internal/modules/cjs/loader');
  const cached = Module._cache[filename];
  if (cached === undefined || cached.loaded || cached.filename === null) return;
  const request = lastRequestFor.get(url);
  const specifier = request !== undefined ? request[0] : url;
  const from = request !== undefined ? ` (from ${displayPath(request[1])})` : '';
  throw new (codes().ERR_REQUIRE_CYCLE_MODULE)(
    `Cannot import CommonJS Module ${specifier} in a cycle.${from}`);
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
  // (require() of ES modules uses the plain wording even for CommonJS.)
  if (currentRequireURL !== undefined) {
    return new SyntaxError(
      `The requested module '${specifier}' does not provide an export named '${name}'`);
  }
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
      if (hooksActive()) {
        return customizationHooks.resolveWithHooks(`${specifier}`, {
          conditions: getDefaultConditions().slice(),
          importAttributes: {},
          parentURL: base,
        }, defaultResolveStep).url;
      }
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

// A JSON module's value; a syntax error names the module (its path, or URL).
function parseJSONModule(text, url) {
  try {
    return parseJSONText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    if (err instanceof SyntaxError) {
      let where = url;
      if (getScheme(url) === 'file:') {
        try {
          where = fileURLToPath(url);
        } catch {
          // keep the URL
        }
      }
      setErrorMessage(err, `${where}: ${err.message}`);
    }
    throw err;
  }
}

// Values of JSON modules parsed by load() (data: URLs, sources from hooks).
const jsonValues = new Map();

function requireCjs(url) {
  if (jsonValues.has(url)) {
    const value = jsonValues.get(url);
    jsonValues.delete(url);
    return value;
  }
  return require('internal/modules/cjs/loader').loadCjsForESM(
    getScheme(url) === 'file:' ? fileURLToPath(url) : url);
}

// Refreshers of the builtin facades' named exports (syncBuiltinESMExports).
const builtinSyncers = [];

function loadBuiltin(id, syncExports) {
  if (typeof syncExports === 'function') builtinSyncers.push(syncExports);
  return getBuiltinModule().loadBuiltin(id);
}

function syncBuiltinESMExports() {
  for (let i = 0; i < builtinSyncers.length; i++) builtinSyncers[i]();
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
//
// The runtime counts a module as evaluating until its body completed, so a
// module whose evaluation threw (or awaits at top level) also lands here: it
// is told apart from a real cycle by not having a frame on the stack.
function makeRequireCycleError(url) {
  let filename = url;
  try {
    filename = fileURLToPath(url);
  } catch {
    // keep the URL
  }
  if (url === currentRequireURL && !reachesRunningModule(url)) {
    // Not on the evaluation path of any running module: it is only linked
    // (a later part of the graph being evaluated), its evaluation failed
    // earlier, or it is suspended at a top-level await. Evaluating it now
    // gives the namespace, the earlier error, or nothing yet.
    const p = moduleWrap().importModule(url);
    p.catch(() => {}); // handled: the error is thrown synchronously
    internalBinding('task_queue').runMicrotasks();
    const [state, value] = internalBinding('util').getPromiseState(p);
    if (state === 1) return { [kRequiredNamespace]: value };
    return state === 2 ? value : makeRequireAsyncError(url);
  }
  if (url !== currentRequireURL) {
    // An import, inside the graph require() is loading, of a module still
    // being evaluated.
    const request = lastRequestFor.get(url);
    if (request !== undefined) {
      return new (codes().ERR_REQUIRE_CYCLE_MODULE)(
        `Cannot import Module ${request[0]} in a cycle. (from ${displayPath(request[1])})`);
    }
  }
  const parent = currentRequireStack.length > 0 ? currentRequireStack[0] : undefined;
  return new (codes().ERR_REQUIRE_CYCLE_MODULE)(
    `Cannot require() ES Module ${filename} in a cycle.` +
    (parent !== undefined ? ` (from ${parent})` : '') +
    ' A cycle involving require(esm) is not allowed to maintain invariants mandated by ' +
    'the ECMAScript specification. Try making at least part of the dependency in the graph ' +
    'lazily loaded.');
}

function displayPath(url) {
  try {
    return fileURLToPath(normalizeReferrerURL(url));
  } catch {
    return url;
  }
}

// What makeRequireCycleError returns when the module could be evaluated
// after all (requireModule unwraps it).
const kRequiredNamespace = Symbol('kRequiredNamespace');

// URLs of the ES modules (and facades) with code on the stack: their frames
// are named by URL, CommonJS frames by path.
const moduleFrameRe = /^\s+at (?:.*?\()?((?:file|data):.*?):\d+:\d+\)?$/;

function runningModuleURLs() {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = Infinity;
  const stack = new Error().stack;
  Error.stackTraceLimit = limit;
  const urls = new Set();
  if (typeof stack !== 'string') return urls;
  const lines = stack.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const m = moduleFrameRe.exec(lines[i]);
    if (m !== null) urls.add(m[1]);
  }
  return urls;
}

// Whether `url` is being evaluated: it is, or statically imports (directly
// or not), a module whose code is running.
function reachesRunningModule(url) {
  const running = runningModuleURLs();
  if (running.size === 0) return false;
  const lexer = require('internal/modules/esm/cjs_lexer');
  const visited = new Set();
  const pending = [url];
  while (pending.length > 0) {
    const current = pending.pop();
    if (visited.has(current)) continue;
    visited.add(current);
    if (running.has(current)) return true;
    if (!esmSourceURLs.has(current)) continue;
    let source;
    try {
      source = readModuleSource(current);
    } catch {
      return true; // cannot tell: assume the cycle
    }
    const specifiers = lexer.parseStaticImportSpecifiers(source);
    for (let i = 0; i < specifiers.length; i++) {
      try {
        pending.push(resolve(specifiers[i], current));
      } catch {
        // unresolvable imports do not lead anywhere
      }
    }
  }
  return false;
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
  setErrorMessage(error, message);
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

// ES modules (not facades) the engine has been given, for require() of a
// graph that import() already loaded: its top-level await is looked for then.
const esmSourceURLs = new Set();

function readModuleSource(url) {
  if (url.startsWith('data:')) {
    return dataURLBody(dataURLRe.exec(url));
  }
  return getFsBinding().readFileUtf8(fileURLToPath(url));
}

function loadedGraphHasTopLevelAwait(url, visited = new Set()) {
  if (visited.has(url) || !esmSourceURLs.has(url)) return false;
  visited.add(url);
  let source;
  try {
    source = readModuleSource(url);
  } catch {
    return false;
  }
  const lexer = require('internal/modules/esm/cjs_lexer');
  if (lexer.hasTopLevelAwait(source)) return true;
  const specifiers = lexer.parseStaticImportSpecifiers(source);
  for (let i = 0; i < specifiers.length; i++) {
    let dep;
    try {
      dep = resolve(specifiers[i], url);
    } catch {
      continue;
    }
    if (loadedGraphHasTopLevelAwait(dep, visited)) return true;
  }
  return false;
}

function requireModule(url, requireStack) {
  initialize();
  const savedStack = currentRequireStack;
  const savedURL = currentRequireURL;
  currentRequireStack = requireStack;
  currentRequireURL = url;
  try {
    if (esmSourceURLs.has(url) && loadedGraphHasTopLevelAwait(url)) {
      throw makeRequireAsyncError(url);
    }
    return moduleWrap().requireModule(url);
  } catch (error) {
    if (error !== null && typeof error === 'object' && kRequiredNamespace in error) {
      return error[kRequiredNamespace];
    }
    decorateCommonJSGlobalError(error, url);
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

const cjsGlobalNotDefinedRe = /^(require|module|exports|__filename|__dirname) is not defined$/;

function moduleHasTopLevelAwait(url) {
  let source = evalSources.get(url);
  if (source === undefined) {
    try {
      source = readModuleSource(url);
    } catch {
      return false;
    }
  }
  return require('internal/modules/esm/cjs_lexer').hasTopLevelAwait(source);
}

// A CommonJS global used by the module a job runs gets Node's explanation.
function decorateCommonJSGlobalError(error, url) {
  if (error === null || typeof error !== 'object' || error.name !== 'ReferenceError') return;
  const match = cjsGlobalNotDefinedRe.exec(error.message);
  if (match === null) return;
  const name = match[1];
  if (moduleHasTopLevelAwait(url)) {
    // It may have been meant as CommonJS: say so.
    let hint;
    if (name === 'require') hint = 'replace require() with import';
    else if (name === 'module' || name === 'exports') {
      hint = 'use export instead of module.exports/exports';
    } else {
      hint = `use import.meta.${name.slice(2)} instead`;
    }
    setErrorMessage(error, 'Cannot determine intended module format because both ' +
      `'${name}' and top-level await are present. If the code is intended to be CommonJS, ` +
      `wrap await in an async function. If the code is intended to be an ES module, ${hint}.`);
    return;
  }
  let message = `${error.message} in ES module scope`;
  if (name === 'require') message += ', you can use import instead';
  if (getScheme(url) === 'file:') {
    const end = url.search(/[?#]/);
    const filename = fileURLToPath(end === -1 ? url : url.slice(0, end));
    if (filename.endsWith('.js')) {
      const pkg = packageJsonReader.getNearestParentPackageJSON(filename);
      if (pkg !== undefined && pkg.data.type === 'module') {
        message += '\nThis file is being treated as an ES module because it has a \'.js\' ' +
          `file extension and '${pkg.path}' contains "type": "module". To treat it as a ` +
          'CommonJS script, rename it to use the \'.cjs\' file extension.';
      }
    }
  }
  setErrorMessage(error, message);
}

// Frames as Node 24.21.0 prints them (see setNodeFrame in internal/bootstrap/stack_trace).
const { setNodeFrame } = require('internal/bootstrap/stack_trace');
const kEntryFrames = {
  text: 'async node:internal/modules/esm/loader:647:26',
  after: ['async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:101:5)'],
  rest: true,
};

function runJob(url) {
  return moduleWrap().importModule(url).catch((error) => {
    decorateCommonJSGlobalError(error, url);
    throw decorateLinkError(error);
  });
}

setNodeFrame(runJob, { text: 'ModuleJob.run (node:internal/modules/esm/module_job:561:25)' });

function importModule(url) {
  initialize();
  return runJob(url);
}

// A failed entry point is an uncaught exception (from a promise), as in
// Node: 'unhandledRejection' listeners do not see it.
function triggerUncaughtFromPromise(error) {
  internalBinding('errors').triggerUncaughtException(error, true);
}

// Runs an ES module entry point. Like Node, it starts after the current tick
// (so warnings emitted while deciding the format come out first).
function runEntryPointWithESMLoader(url) {
  initialize();
  mainURL = url;
  // The module body then runs from the microtask queue, as in Node: ticks it
  // schedules wait until the microtasks it started (say, an import()) are done.
  const job = new Promise((resolve) => {
    const runMain = () => {
      // --input-type is for string input only.
      if (require('internal/modules/helpers').hasInputTypeOption()) {
        resolve(Promise.reject(new (codes().ERR_INPUT_TYPE_NOT_ALLOWED)()));
        return;
      }
      mainJob = runJob(url);
      resolve(mainJob);
    };
    setNodeFrame(runMain, kEntryFrames);
    process.nextTick(() => queueMicrotask(runMain));
  });
  job.catch(triggerUncaughtFromPromise);
  return job;
}

// Sources of modules evaluated from strings (-e, stdin), by URL.
const evalSources = new Map();

function evalModule(source, url) {
  initialize();
  mainURL = url;
  evalSources.set(url, source);
  // (Linking may fail before the binding returns a promise.)
  let evaluation;
  try {
    evaluation = moduleWrap().evalModule(source, url);
  } catch (error) {
    evaluation = Promise.reject(error);
  }
  mainJob = evaluation.catch((error) => {
    decorateCommonJSGlobalError(error, url);
    throw decorateLinkError(error);
  });
  mainJob.catch(triggerUncaughtFromPromise);
  return mainJob;
}

// The evaluation of the entry point (file or string), when it is an ES module.
let mainJob;

// At exit: an entry point still waiting at a top-level await sets exit code
// 13 (unless the program set one), with a warning showing where it waits.
function handleProcessExit() {
  if (mainJob === undefined) return;
  if (internalBinding('util').getPromiseState(mainJob)[0] !== 0) return;
  if (process.exitCode !== undefined) return;
  process.exitCode = 13;
  if (require('internal/modules/helpers').getOptionValue('--no-warnings') ||
      process.execArgv.includes('--no-warnings')) {
    return;
  }
  const where = findUnsettledAwait();
  let text = 'Warning: Detected unsettled top-level await';
  if (where !== undefined) {
    text += ` at ${where.url}:${where.line}\n${where.text}\n${' '.repeat(where.column)}^\n\n\n`;
  }
  internalBinding('stdio').writeSync(2, `${text}\n`);
}

// The module most likely waiting: one with a top-level await whose
// evaluation has not finished and whose own imports have.
function findUnsettledAwait() {
  const lexer = require('internal/modules/esm/cjs_lexer');
  const candidates = [];
  const urls = [...evalSources.keys(), ...esmSourceURLs];
  for (let i = 0; i < urls.length; i++) {
    const url = urls[i];
    let source = evalSources.get(url);
    if (source === undefined) {
      try {
        source = readModuleSource(url);
      } catch {
        continue;
      }
    }
    const index = lexer.findTopLevelAwait(source);
    if (index === -1) continue;
    candidates.push({ url, source, index });
  }
  if (candidates.length === 0) return undefined;
  // Pending ones, deepest first: a candidate another one imports wins.
  let best = candidates[0];
  for (let i = 1; i < candidates.length; i++) {
    if (reachesURL(best.url, candidates[i].url)) best = candidates[i];
  }
  const before = best.source.slice(0, best.index);
  const lineStart = before.lastIndexOf('\n') + 1;
  let lineEnd = best.source.indexOf('\n', best.index);
  if (lineEnd === -1) lineEnd = best.source.length;
  return {
    url: best.url,
    line: before.split('\n').length,
    column: best.index - lineStart,
    text: best.source.slice(lineStart, lineEnd),
  };
}

// Whether `from` statically imports `to` (directly or not).
function reachesURL(from, to) {
  const lexer = require('internal/modules/esm/cjs_lexer');
  const visited = new Set();
  const pending = [from];
  while (pending.length > 0) {
    const url = pending.pop();
    if (visited.has(url)) continue;
    visited.add(url);
    if (url === to && url !== from) return true;
    let source = evalSources.get(url);
    if (source === undefined) {
      if (!esmSourceURLs.has(url)) continue;
      try {
        source = readModuleSource(url);
      } catch {
        continue;
      }
    }
    const specifiers = lexer.parseStaticImportSpecifiers(source);
    for (let i = 0; i < specifiers.length; i++) {
      try {
        pending.push(resolve(specifiers[i], url));
      } catch {
        // not followed
      }
    }
  }
  return false;
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
  syncBuiltinESMExports,
  registerHooksModule,
  registerHooks,
  handleProcessExit,
  importModuleSync,
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
