// Helpers shared by the CommonJS and ES module loaders: the per-module
// require() function, builtin loading, CommonJS conditions, BOM/shebang
// stripping, realpath caching and lazy access to shared internals.

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
    try {
      optionFlags = internalBinding('options').flags || [];
    } catch {
      optionFlags = [];
    }
  }
  return optionFlags;
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

// Every value given to an option that takes one (all its spellings).
function getOptionValues(...names) {
  const flags = getOptionFlags();
  const values = [];
  for (let i = 0; i < flags.length; i++) {
    const eq = flags[i].indexOf('=');
    if (eq === -1) continue;
    if (names.includes(flags[i].slice(0, eq))) values.push(flags[i].slice(eq + 1));
  }
  return values;
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
function makeRequireFunction(mod) {
  const { Module } = require('internal/modules/cjs/loader');

  const requireFn = function require(id) {
    return mod.require(id);
  };

  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  requireFn.resolve = resolve;

  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;

  requireFn.main = process.mainModule;
  requireFn.extensions = Module._extensions;
  requireFn.cache = Module._cache;
  return requireFn;
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

module.exports = {
  codes,
  getOptionFlags,
  getOptionValue,
  getOptionValues,
  isRequireModuleEnabled,
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
