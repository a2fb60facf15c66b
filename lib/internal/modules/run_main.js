// Runs the user's entry point the way Node 24 does: decides between the
// CommonJS loader and the ES module loader (.mjs, .cjs, package "type",
// syntax detection for other .js files), and implements -e/-p evaluation
// (CommonJS-like globals, or an ES module when the code uses module syntax)
// and --input-type=module.

const path = require('path');

function pathToFileURLHref(p) {
  return require('internal/url').pathToFileURLHref(p);
}

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
  if (require('internal/modules/helpers').getPreserveSymlinksMain()) return mainPath;
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
  // --input-type=commonjs turns syntax detection off. The lexer only runs on code
  // that names one of the keywords module syntax needs.
  const helpers = require('internal/modules/helpers');
  const inputType = helpers.getInputType();
  if (inputType !== 'commonjs' && helpers.isDetectModuleEnabled() &&
      /\b(?:import|export|await)\b/.test(code) &&
      require('internal/modules/esm/cjs_lexer').containsModuleSyntax(code, true)) {
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
  try {
    return internalBinding('contextify').evalScript(code, name);
  } catch (err) {
    if (err instanceof SyntaxError) {
      require('internal/modules/cjs/loader').rewordModuleSyntaxError(err, code);
    }
    throw err;
  }
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

/**
 * --import: imports each specifier (resolved from the working directory) in
 * turn. A failure is left unhandled, so it is reported like an uncaught
 * exception and the program does not run.
 * @param {string[]} specifiers
 * @returns {Promise<void>}
 */
async function runImportPreloads(specifiers) {
  const esm = lazyEsm();
  esm.initialize();
  const parentURL = pathToFileURLHref(process.cwd() + '/');
  for (let i = 0; i < specifiers.length; i++) {
    await esm.importModule(esm.resolve(specifiers[i], parentURL));
  }
}

/**
 * Module options whose values are checked before anything runs (Node exits
 * with code 9 for an invalid one).
 */
function validateModuleOptions() {
  const helpers = require('internal/modules/helpers');
  const trace = helpers.getOptionValues('--trace-require-module');
  for (let i = 0; i < trace.length; i++) {
    if (trace[i] !== 'all' && trace[i] !== 'no-node-modules') {
      internalBinding('stdio').writeSync(
        2, `${process.argv0}: invalid value for --trace-require-module\n`);
      process.reallyExit(9);
    }
  }
}

/**
 * --experimental-loader / --loader: registers each module's hooks, in order,
 * before anything else loads.
 */
function initializeHooksFromFlags() {
  const helpers = require('internal/modules/helpers');
  const loaders = helpers.getOptionValues('--experimental-loader', '--loader');
  if (loaders.length === 0) return;
  const esm = lazyEsm();
  const parentURL = pathToFileURLHref(process.cwd() + '/');
  for (let i = 0; i < loaders.length; i++) {
    process.emitWarning(
      '`--experimental-loader` may be removed in the future; instead use `register()`:\n' +
      '--import \'data:text/javascript,import { register } from "node:module"; import { ' +
      `pathToFileURL } from "node:url"; register(${JSON.stringify(loaders[i])}, ` +
      'pathToFileURL("./"));\'',
      'ExperimentalWarning');
    esm.registerHooksModule(loaders[i], parentURL, undefined, loaders[i]);
  }
}

// Called before 'exit' is emitted at a natural exit (only a program that
// loaded the ES module loader can have an ES entry point).
function handleProcessExit() {
  const { moduleLoadList } = require('internal/bootstrap/realm');
  if (moduleLoadList.includes('NativeModule internal/modules/esm/loader')) {
    lazyEsm().handleProcessExit();
  }
}

/**
 * --check: compiles the entry point without running it (a syntax error is
 * thrown). A file that is not valid CommonJS but uses module syntax is taken
 * as an ES module and passes.
 * @param {string} main
 */
function checkSyntax(main) {
  const { Module } = lazyLoader();
  const filename = Module._findPath(main, null, true) || main;
  const source = internalBinding('fs').readFileUtf8(filename);
  const { stripShebang } = require('internal/modules/helpers');
  const format = require('internal/modules/esm/get_format').defaultGetFormat(
    filename, () => source);
  if (format.format === 'module') return;
  try {
    internalBinding('contextify').compileFunction(
      stripShebang(source), filename,
      ['exports', 'require', 'module', '__filename', '__dirname']);
  } catch (err) {
    if (err instanceof SyntaxError &&
        require('internal/modules/esm/cjs_lexer').containsModuleSyntax(source)) {
      return;
    }
    throw err;
  }
}

require('internal/bootstrap/stack_trace').setNodeFrame(executeUserEntryPoint, {
  text: 'Module.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:154:5)',
});

// A -e/stdin program's frames below its own, as Node 24.21.0 prints them.
require('internal/bootstrap/stack_trace').setNodeFrame(evalScript, {
  text: 'runScriptInThisContext (node:internal/vm:219:10)',
  after: [
    'node:internal/process/execution:451:12',
    '[eval]-wrapper:6:24',
    'runScriptInContext (node:internal/process/execution:449:60)',
    'evalFunction (node:internal/process/execution:283:30)',
    'evalTypeScript (node:internal/process/execution:295:3)',
    'node:internal/main/eval_string:71:3',
  ],
  rest: true,
});

module.exports = {
  validateModuleOptions,
  checkSyntax,
  handleProcessExit,
  initializeHooksFromFlags,
  runImportPreloads,
  executeUserEntryPoint,
  evalScript,
  evalModule,
  resolveMainPath,
  shouldUseESMLoader,
};
