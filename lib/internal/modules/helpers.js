// Helpers shared by the CommonJS and ES module loaders: the per-module
// require() function, builtin loading and Node's list of builtin names,
// command-line options of the loaders (NODE_OPTIONS included), conditions,
// BOM/shebang stripping, realpath caching, JSON parsing with V8's messages
// and lazy access to shared internals.

const path = require('path');

let errorCodes;
function codes() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

let BuiltinModule;
function getBuiltinModule() {
  if (BuiltinModule === undefined) BuiltinModule = require('internal/bootstrap/realm').BuiltinModule;
  return BuiltinModule;
}

let fsBinding;
function getFsBinding() {
  if (fsBinding === undefined) fsBinding = internalBinding('fs');
  return fsBinding;
}

function validateString(value, name) {
  if (typeof value !== 'string') {
    throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'string', value);
  }
}

// Command-line options (the runtime hands them over as "--name" or
// "--name=value" strings).
let optionFlags;
function getOptionFlags() {
  if (optionFlags === undefined) {
    let flags;
    try {
      flags = internalBinding('options').flags || [];
    } catch {
      flags = [];
    }
    // NODE_OPTIONS come before the command line's options.
    optionFlags = parseNodeOptions(process.env.NODE_OPTIONS).concat(flags);
  }
  return optionFlags;
}

// Options of NODE_OPTIONS that take their value as the next word.
const optionsWithValue = new Set([
  '-C', '--conditions', '-r', '--require', '--import', '--loader', '--experimental-loader',
  '--input-type', '--trace-require-module',
]);

// NODE_OPTIONS as "--name" / "--name=value" strings (words are separated by
// spaces; double quotes group, backslash escapes inside them).
function parseNodeOptions(text) {
  if (typeof text !== 'string' || text === '') return [];
  const words = [];
  let word = null;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '\\' && i + 1 < text.length) {
        word += text[++i];
      } else if (c === '"') {
        quoted = false;
      } else {
        word += c;
      }
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (word !== null) words.push(word);
      word = null;
    } else if (c === '"') {
      quoted = true;
      if (word === null) word = '';
    } else {
      word = (word === null ? '' : word) + c;
    }
  }
  if (word !== null) words.push(word);
  const flags = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (optionsWithValue.has(w) && i + 1 < words.length) {
      flags.push(`${w}=${words[++i]}`);
    } else {
      flags.push(w);
    }
  }
  return flags;
}

// Whether a boolean option is on; `--no-x` turns `--x` off (last one wins).
function getOptionValue(name, defaultValue = false) {
  const flags = getOptionFlags();
  const negated = '--no-' + name.slice(2);
  let value = defaultValue;
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i].replace(/_/g, '-');
    if (flag === name) value = true;
    else if (flag === negated) value = false;
  }
  return value;
}

function collectValues(list, names, values) {
  for (let i = 0; i < list.length; i++) {
    const eq = list[i].indexOf('=');
    if (eq === -1) continue;
    if (names.includes(list[i].slice(0, eq))) values.push(list[i].slice(eq + 1));
  }
  return values;
}

// Every value given to an option that takes one (all its spellings). Options
// the runtime does not know to take a value keep it only in the
// `--name=value` form of process.execArgv.
function getOptionValues(...names) {
  const values = collectValues(getOptionFlags(), names, []);
  if (values.length === 0) {
    let execArgv = [];
    try {
      execArgv = internalBinding('options').execArgv || [];
    } catch {
      // no options
    }
    collectValues(execArgv, names, values);
  }
  return values;
}

// The value of --input-type (command line, else NODE_OPTIONS), or undefined.
function getInputType() {
  let execArgv = [];
  try {
    execArgv = internalBinding('options').execArgv || [];
  } catch {
    // no options
  }
  for (const list of [execArgv, parseNodeOptions(process.env.NODE_OPTIONS)]) {
    let value;
    for (let i = 0; i < list.length; i++) {
      if (list[i] === '--input-type') value = list[i + 1] || '';
      else if (list[i].startsWith('--input-type=')) value = list[i].slice(13);
    }
    if (value !== undefined) return value;
  }
  return undefined;
}

// Values of a preload option (--require, --import) given in NODE_OPTIONS;
// they run before the command line's.
function getNodeOptionsValues(...names) {
  return collectValues(parseNodeOptions(process.env.NODE_OPTIONS), names, []);
}

// Whether --input-type was given (on the command line or in NODE_OPTIONS).
function hasInputTypeOption() {
  return getInputType() !== undefined;
}

let preserveSymlinks;
let preserveSymlinksMain;
// --preserve-symlinks (or NODE_PRESERVE_SYMLINKS=1): modules keep the path
// they were found at instead of their real path; --preserve-symlinks-main
// does the same for the entry point.
function getPreserveSymlinks() {
  if (preserveSymlinks === undefined) {
    preserveSymlinks = getOptionValue('--preserve-symlinks') ||
      process.env.NODE_PRESERVE_SYMLINKS === '1';
  }
  return preserveSymlinks;
}

function getPreserveSymlinksMain() {
  if (preserveSymlinksMain === undefined) {
    preserveSymlinksMain = getOptionValue('--preserve-symlinks-main');
  }
  return preserveSymlinksMain;
}

let detectModule;
// Syntax detection of typeless files is on unless --no-experimental-detect-module.
function isDetectModuleEnabled() {
  if (detectModule === undefined) {
    detectModule = getOptionValue('--experimental-detect-module', true);
  }
  return detectModule;
}

let requireModuleEnabled;
// require(esm) is on unless --no-experimental-require-module is given.
function isRequireModuleEnabled() {
  if (requireModuleEnabled === undefined) {
    requireModuleEnabled = getOptionValue('--experimental-require-module', true);
  }
  return requireModuleEnabled;
}

let userConditions;
// The conditions added with --conditions / -C.
function getUserConditions() {
  if (userConditions === undefined) userConditions = getOptionValues('--conditions', '-C');
  return userConditions;
}

// Conditions of require(): Node 24 includes "module-sync" since require(esm)
// is enabled.
let cjsConditionsArray;
let cjsConditions;

function initCjsConditions() {
  cjsConditionsArray = ['require', 'node'];
  if (isRequireModuleEnabled()) cjsConditionsArray.push('module-sync');
  if (getOptionValue('--addons', true)) cjsConditionsArray.push('node-addons');
  cjsConditionsArray.push(...getUserConditions());
  cjsConditions = new Set(cjsConditionsArray);
}

function getCjsConditions() {
  if (cjsConditions === undefined) initCjsConditions();
  return cjsConditions;
}

function getCjsConditionsArray() {
  if (cjsConditions === undefined) initCjsConditions();
  return cjsConditionsArray;
}

function loadBuiltinModule(id) {
  return getBuiltinModule().loadBuiltin(id);
}

function stripBOM(content) {
  return content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
}

// Replaces a leading "#!..." line by an empty line so line numbers hold.
function stripShebang(content) {
  if (content.charCodeAt(0) !== 35 || content.charCodeAt(1) !== 33) return content;
  let i = 2;
  const len = content.length;
  while (i < len) {
    const c = content.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break;
    i++;
  }
  return content.slice(i);
}

const realpathCache = new Map();

function toRealPath(requestPath) {
  let real = realpathCache.get(requestPath);
  if (real === undefined) {
    real = getFsBinding().realpath(requestPath);
    realpathCache.set(requestPath, real);
  }
  return real;
}

/**
 * The require() function handed to a CommonJS module.
 * @param {import('internal/modules/cjs/loader').Module} mod
 */
const kRequireFrame = { text: 'require (node:internal/modules/helpers:157:16)' };
function makeRequireFunction(mod) {
  const { Module } = require('internal/modules/cjs/loader');

  const requireFn = function require(id) {
    return mod.require(id);
  };
  require('internal/bootstrap/stack_trace').setNodeFrame(requireFn, kRequireFrame);

  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  setOwnProperty(requireFn, 'resolve', resolve);

  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  setOwnProperty(resolve, 'paths', paths);

  setOwnProperty(requireFn, 'main', process.mainModule);
  setOwnProperty(requireFn, 'extensions', Module._extensions);
  setOwnProperty(requireFn, 'cache', Module._cache);
  return requireFn;
}

// Like an assignment, but never runs a setter inherited from Object.prototype.
function setOwnProperty(object, key, value) {
  Object.defineProperty(object, key, {
    __proto__: null, value, writable: true, enumerable: true, configurable: true,
  });
}

// Turns what the engine hands us as the importer of a dynamic import() or
// static import into a URL: absolute paths (CommonJS files, eval names) become
// file: URLs relative to the working directory.
function normalizeReferrerURL(referrer) {
  if (referrer === undefined || referrer === null || referrer === '') {
    return require('internal/url').pathToFileURLHref(process.cwd() + '/');
  }
  if (referrer[0] === '/') {
    return require('internal/url').pathToFileURLHref(referrer);
  }
  if (/^[A-Za-z][A-Za-z0-9+.\-]*:/.test(referrer)) return referrer;
  return require('internal/url').pathToFileURLHref(path.resolve(process.cwd(), referrer));
}

// Changes an error's message and the first line of its stack to match. The
// stack may not have been formatted yet (it then follows the new message).
function setErrorMessage(error, message) {
  const oldMessage = error.message;
  error.message = message;
  const stack = error.stack;
  if (typeof stack === 'string' && stack.indexOf(message) === -1 &&
      stack.indexOf(oldMessage) !== -1) {
    try {
      error.stack = stack.replace(oldMessage, () => message);
    } catch {
      // read-only stack
    }
  }
}

// JSON.parse for module sources, with V8's message where the engine's is
// vaguer (a string left open at the end of the text).
function parseJSONText(text) {
  try {
    return JSON.parse(text);
  } catch (err) {
    if (err instanceof SyntaxError && err.message === 'Unexpected end of JSON input' &&
        endsInsideString(text)) {
      let line = 1;
      let lineStart = 0;
      for (let i = 0; i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
          line++;
          lineStart = i + 1;
        }
      }
      setErrorMessage(err, `Unterminated string in JSON at position ${text.length} ` +
                      `(line ${line} column ${text.length - lineStart + 1})`);
    }
    throw err;
  }
}

function endsInsideString(text) {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash
      else if (c === 34) inString = false;
    } else if (c === 34) {
      inString = true;
    }
  }
  return inString;
}

// The builtin modules of Node 24 (module.builtinModules lists them all).
const nodeBuiltinIds = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing',
  '_http_server', '_stream_duplex', '_stream_passthrough', '_stream_readable',
  '_stream_transform', '_stream_wrap', '_stream_writable', '_tls_common', '_tls_wrap',
  'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console',
  'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain',
  'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector', 'inspector/promises',
  'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process',
  'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
  'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm',
  'wasi', 'worker_threads', 'zlib',
];
const nodeSchemeOnlyIds = ['sea', 'sqlite', 'test', 'test/reporters'];
let nodeBuiltinNames;

// Whether `id` names a Node builtin (`fs`, `node:fs`, `node:test`...),
// implemented by rode or not.
function isNodeBuiltinName(id) {
  if (typeof id !== 'string') return false;
  // Paths (the usual question, from the loader) are never builtin names.
  const c = id.charCodeAt(0);
  if (c === 47 /* / */ || c === 46 /* . */) return false;
  if (nodeBuiltinNames === undefined) {
    nodeBuiltinNames = new Set(nodeBuiltinIds);
    for (let i = 0; i < nodeBuiltinIds.length; i++) nodeBuiltinNames.add(`node:${nodeBuiltinIds[i]}`);
    for (let i = 0; i < nodeSchemeOnlyIds.length; i++) {
      nodeBuiltinNames.add(`node:${nodeSchemeOnlyIds[i]}`);
    }
  }
  return nodeBuiltinNames.has(id) || getBuiltinModule().normalizeRequirableId(id) !== undefined;
}

// The error for a Node builtin rode does not have yet.
function builtinNotImplemented(id) {
  const { notImplemented } = require('internal/not_implemented');
  return notImplemented(`The '${id.startsWith('node:') ? id.slice(5) : id}' module`);
}

module.exports = {
  codes,
  nodeBuiltinIds,
  nodeSchemeOnlyIds,
  isNodeBuiltinName,
  builtinNotImplemented,
  setOwnProperty,
  parseJSONText,
  setErrorMessage,
  getOptionFlags,
  getOptionValue,
  getOptionValues,
  hasInputTypeOption,
  getInputType,
  getNodeOptionsValues,
  getPreserveSymlinks,
  getPreserveSymlinksMain,
  isRequireModuleEnabled,
  isDetectModuleEnabled,
  getUserConditions,
  getBuiltinModule,
  getFsBinding,
  validateString,
  getCjsConditions,
  getCjsConditionsArray,
  loadBuiltinModule,
  makeRequireFunction,
  normalizeReferrerURL,
  stripBOM,
  stripShebang,
  toRealPath,
};
