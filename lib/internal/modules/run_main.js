// Runs the user's entry point the way Node 24 does: decides between the
// CommonJS loader and the ES module loader (.mjs, .cjs, package "type",
// syntax detection for other .js files), and implements -e/-p evaluation
// (CommonJS-like globals, or an ES module when the code uses module syntax)
// and --input-type=module.

const path = require('path');
const { pathToFileURLHref } = require('internal/url');

function lazyLoader() {
  return require('internal/modules/cjs/loader');
}

function lazyEsm() {
  return require('internal/modules/esm/loader');
}

function resolveMainPath(main) {
  const { Module } = lazyLoader();
  let mainPath;
  try {
    mainPath = Module._findPath(path.resolve(main), null, true);
  } catch (err) {
    if (err != null && err.code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw err;
  }
  if (!mainPath) return undefined;
  try {
    mainPath = internalBinding('fs').realpath(mainPath);
  } catch {
    // keep the unresolved path
  }
  return mainPath;
}

function shouldUseESMLoader(mainPath) {
  if (mainPath && mainPath.endsWith('.mjs')) return true;
  if (!mainPath || mainPath.endsWith('.cjs')) return false;
  const type = require('internal/modules/package_json_reader')
    .getNearestParentPackageJSONType(mainPath);
  return type === 'module';
}

/**
 * Runs the program's entry point.
 * @param {string} [main] the path given on the command line
 */
function executeUserEntryPoint(main = process.argv[1]) {
  require('internal/modules/esm/lazy').ensureCallbacks();
  const mainPath = resolveMainPath(main);
  if (shouldUseESMLoader(mainPath)) {
    const esm = lazyEsm();
    esm.initialize();
    return esm.runEntryPointWithESMLoader(pathToFileURLHref(mainPath || main));
  }
  const { Module } = lazyLoader();
  Module._load(main, null, true);
  return undefined;
}

function isPrintMode() {
  try {
    return Boolean(internalBinding('options').print);
  } catch {
    return false;
  }
}

/**
 * -e / -p / stdin: evaluates `code` as a global script with CommonJS-like
 * globals (module, exports, require, __filename = name, __dirname = '.'), or
 * as an ES module when it uses module syntax.
 * @param {string} code
 * @param {string} [name] '[eval]' or '[stdin]'
 * @param {boolean} [print] whether the caller prints the completion value (-p)
 * @returns {any} the completion value of the script
 */
function evalScript(code, name = '[eval]', print = undefined) {
  const esm = lazyEsm();
  esm.initialize();
  if (require('internal/modules/esm/cjs_lexer').containsModuleSyntax(code, true)) {
    if (print === undefined) print = isPrintMode();
    if (print) {
      throw new (require('internal/errors').codes.ERR_EVAL_ESM_CANNOT_PRINT)();
    }
    evalModule(code);
    return undefined;
  }
  const { Module } = lazyLoader();
  const { makeRequireFunction } = require('internal/modules/helpers');
  const cwd = process.cwd();
  const module = new Module(name);
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.__dirname = module.path;
  globalThis.require = makeRequireFunction(module);
  globalThis.__filename = name;
  return internalBinding('contextify').evalScript(code, name);
}

/**
 * --input-type=module: evaluates `code` as an ES module named
 * file:///<cwd>/[eval1].
 * @returns {Promise<object>} the module namespace
 */
function evalModule(code) {
  const esm = lazyEsm();
  esm.initialize();
  const url = pathToFileURLHref(process.cwd() + '/') + '[eval1]';
  return esm.evalModule(code, url);
}

module.exports = {
  executeUserEntryPoint,
  evalScript,
  evalModule,
  resolveMainPath,
  shouldUseESMLoader,
};
