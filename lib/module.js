// The public 'module' builtin: the CommonJS Module class with createRequire,
// builtinModules, isBuiltin, findPackageJSON, and Node 24's other static
// helpers (compile cache, source maps, hooks registration) in the shapes Node
// returns, where rode has no such machinery.

const { Module } = require('internal/modules/cjs/loader');
const { findPackageJSON } = require('internal/modules/package_json_reader');

let errorCodes;
function codes() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

// Node 24's builtins, whether or not rode has them all yet (builtinModules
// and isBuiltin() describe Node).
const { nodeBuiltinIds, nodeSchemeOnlyIds } = require('internal/modules/helpers');

function getBuiltinModuleList() {
  const { BuiltinModule } = require('internal/bootstrap/realm');
  const names = new Set(nodeBuiltinIds);
  const own = BuiltinModule.getCanBeRequiredByUsersWithoutSchemeList();
  for (let i = 0; i < own.length; i++) names.add(own[i]);
  const list = [...names].sort();
  const schemeOnly = new Set(nodeSchemeOnlyIds);
  const ownSchemeOnly = BuiltinModule.getSchemeOnlyModuleNames();
  for (let i = 0; i < ownSchemeOnly.length; i++) schemeOnly.add(ownSchemeOnly[i]);
  for (const id of [...schemeOnly].sort()) list.push(`node:${id}`);
  return Object.freeze(list);
}

const compileCacheStatus = Object.freeze({
  __proto__: null,
  FAILED: 0,
  ENABLED: 1,
  ALREADY_ENABLED: 2,
  DISABLED: 3,
});

const constants = Object.freeze({
  __proto__: null,
  compileCacheStatus,
});

function enableCompileCache(options) {
  return {
    status: compileCacheStatus.DISABLED,
    message: 'Disabled because the compile cache is not supported by rode',
  };
}

function getCompileCacheDir() {
  return undefined;
}

function flushCompileCache() {}

let sourceMapsSupport = { enabled: false, nodeModules: false, generatedCode: false };

function getSourceMapsSupport() {
  return { __proto__: null, ...sourceMapsSupport };
}

function setSourceMapsSupport(enabled, options = {}) {
  if (typeof enabled !== 'boolean') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('enabled', 'boolean', enabled);
  }
  if (options === null || typeof options !== 'object') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options', 'object', options);
  }
  for (const key of ['nodeModules', 'generatedCode']) {
    if (options[key] !== undefined && typeof options[key] !== 'boolean') {
      throw new (codes().ERR_INVALID_ARG_TYPE)(`options.${key}`, 'boolean', options[key]);
    }
  }
  const nodeModules = options.nodeModules === true;
  const generatedCode = options.generatedCode === true;
  sourceMapsSupport = {
    enabled,
    nodeModules: enabled && nodeModules,
    generatedCode: enabled && generatedCode,
  };
}

function findSourceMap(path) {
  return undefined;
}

// Source map v3 payload holder with mapping lookups (findEntry/findOrigin
// give the same answers as Node's, including its handling of the last
// segment, which always reads a name index).
const kBase64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function cloneSourceMapPayload(payload) {
  return JSON.parse(JSON.stringify(payload));
}

class SourceMap {
  #payload;
  #lineLengths;
  #mappings = null;

  constructor(payload, { lineLengths } = {}) {
    if (payload === null || typeof payload !== 'object') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('payload', 'object', payload);
    }
    this.#payload = cloneSourceMapPayload(payload);
    if (lineLengths !== undefined) this.#lineLengths = lineLengths;
  }

  get payload() {
    return cloneSourceMapPayload(this.#payload);
  }

  get lineLengths() {
    return this.#lineLengths;
  }

  #decode() {
    if (this.#mappings !== null) return this.#mappings;
    const map = this.#payload;
    const text = typeof map.mappings === 'string' ? map.mappings : '';
    const sources = Array.isArray(map.sources) ? map.sources : [];
    const names = map.names;
    const mappings = [];
    let i = 0;
    const readVLQ = () => {
      let result = 0;
      let shift = 0;
      for (;;) {
        const digit = i < text.length ? kBase64.indexOf(text[i++]) : -1;
        if (digit === -1) break;
        result += (digit & 31) * 2 ** shift;
        if ((digit & 32) === 0) break;
        shift += 5;
      }
      return result % 2 === 1 ? -(result - 1) / 2 : result / 2;
    };
    const isSeparator = () => text[i] === ',' || text[i] === ';';
    let line = 0;
    let column = 0;
    let sourceIndex = 0;
    let sourceLine = 0;
    let sourceColumn = 0;
    let nameIndex = 0;
    let sourceURL = sources[0];
    for (;;) {
      if (text[i] === ',') {
        i++;
      } else {
        while (text[i] === ';') {
          line++;
          column = 0;
          i++;
        }
        if (i >= text.length) break;
      }
      column += readVLQ();
      if (isSeparator()) {
        mappings.push([line, column]);
        continue;
      }
      const sourceDelta = readVLQ();
      if (sourceDelta) {
        sourceIndex += sourceDelta;
        sourceURL = sources[sourceIndex];
      }
      sourceLine += readVLQ();
      sourceColumn += readVLQ();
      let name;
      if (!isSeparator()) {
        nameIndex += readVLQ();
        name = names == null ? undefined : names[nameIndex];
      }
      mappings.push([line, column, sourceURL, sourceLine, sourceColumn, name]);
    }
    this.#mappings = mappings;
    return mappings;
  }

  findEntry(lineOffset, columnOffset) {
    const mappings = this.#decode();
    let lo = 0;
    let hi = mappings.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = mappings[mid];
      if (m[0] < lineOffset || (m[0] === lineOffset && m[1] <= columnOffset)) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (found === -1) return {};
    const m = mappings[found];
    return {
      generatedLine: m[0],
      generatedColumn: m[1],
      originalSource: m[2],
      originalLine: m[3],
      originalColumn: m[4],
      name: m[5],
    };
  }

  findOrigin(lineNumber, columnNumber) {
    const range = this.findEntry(lineNumber - 1, columnNumber - 1);
    const { generatedLine, generatedColumn, originalSource, originalLine,
            originalColumn, name } = range;
    if (originalSource === undefined) return {};
    return {
      name,
      fileName: originalSource,
      lineNumber: originalLine + 1 + (lineNumber - 1 - generatedLine),
      columnNumber: originalColumn + 1 + (columnNumber - 1 - generatedColumn),
    };
  }
}

// module.register(specifier[, parentURL][, options]): hooks from a module
// (its exported initialize/resolve/load), run in line (see
// internal/modules/customization_hooks).
function register(specifier, parentURL = undefined, options) {
  const { isURL } = require('internal/url');
  if (parentURL != null && typeof parentURL === 'object' && !isURL(parentURL)) {
    options = parentURL;
    parentURL = options.parentURL;
  }
  if (parentURL === undefined) parentURL = 'data:';
  // (Like Node, anything is taken as a string.)
  const id = `${isURL(specifier) ? specifier.href : specifier}`;
  const data = options != null ? options.data : undefined;
  require('internal/modules/esm/loader').registerHooksModule(
    id, `${isURL(parentURL) ? parentURL.href : parentURL}`, data, id);
}

// module.registerHooks({ resolve, load }): synchronous hooks.
function registerHooks(hooks) {
  return require('internal/modules/esm/loader').registerHooks(hooks);
}

function stripTypeScriptTypes(code, options) {
  if (typeof code !== 'string') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('code', 'string', code);
  }
  throw new (codes().ERR_NO_TYPESCRIPT)();
}

function runMain(main) {
  return require('internal/modules/run_main').executeUserEntryPoint(main);
}

Module.registerHooks = registerHooks;
Module.builtinModules = getBuiltinModuleList();
Module.runMain = runMain;
Module.register = register;
Module.constants = constants;
Module.enableCompileCache = enableCompileCache;
Module.findPackageJSON = findPackageJSON;
Module.flushCompileCache = flushCompileCache;
Module.getCompileCacheDir = getCompileCacheDir;
Module.stripTypeScriptTypes = stripTypeScriptTypes;
Module.findSourceMap = findSourceMap;
Module.SourceMap = SourceMap;
Module.getSourceMapsSupport = getSourceMapsSupport;
Module.setSourceMapsSupport = setSourceMapsSupport;

module.exports = Module;
