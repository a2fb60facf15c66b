// Runs what the command line asked for: preloads (-r, --import), then a file, -e/-p
// code, a program from stdin, or the REPL.

const options = internalBinding('options');

function printResult(result) {
  const { inspect } = require('internal/util/inspect');
  const s = typeof result === 'string' ? result : inspect(result);
  process.stdout.write(`${s}\n`);
}

// Preloads from NODE_OPTIONS come before the command line's.
function preloadList(names, fromCommandLine) {
  const { getNodeOptionsValues } = require('internal/modules/helpers');
  return getNodeOptionsValues(...names).concat(fromCommandLine);
}

function preload() {
  const requires = process.env.NODE_OPTIONS ?
    preloadList(['-r', '--require'], options.requires) : options.requires;
  if (requires.length > 0) {
    const { Module } = require('internal/modules/cjs/loader');
    const path = require('path');
    const parent = new Module('internal/preload', null);
    parent.paths = Module._nodeModulePaths(process.cwd());
    parent.filename = path.join(process.cwd(), '[preload]');
    for (const id of requires) {
      parent.require(id);
    }
  }
}

function runCode(code, name) {
  const runMain = require('internal/modules/run_main');
  require('internal/process/execution').registerSource(name, code);
  if (options.inputTypeModule) {
    return runMain.evalModule(code);
  }
  const result = runMain.evalScript(code, name);
  if (options.print) printResult(result);
  return result;
}

function run() {
  // import() works everywhere, the REPL included.
  require('internal/modules/esm/lazy').ensureCallbacks();
  require('internal/modules/run_main').validateModuleOptions();
  preload();
  require('internal/modules/run_main').initializeHooksFromFlags();
  // --import modules are loaded (in order) before the program runs.
  const imports = process.env.NODE_OPTIONS ?
    preloadList(['--import'], options.imports) : options.imports;
  if (imports.length > 0) {
    require('internal/modules/run_main').runImportPreloads(imports).then(runSelected);
    return;
  }
  runSelected();
}

function runSelected() {
  switch (options.mode) {
    case 'file': {
      const path = require('path');
      const main = path.resolve(options.value);
      if (options.flags.includes('--check') || options.flags.includes('-c')) {
        require('internal/modules/run_main').checkSyntax(main);
        break;
      }
      // A preload may have replaced require('module').runMain (Node calls it).
      const { Module } = require('internal/modules/cjs/loader');
      if (typeof Module.runMain === 'function') {
        Module.runMain(main);
      } else {
        require('internal/modules/run_main').executeUserEntryPoint(main);
      }
      break;
    }
    case 'eval':
      runCode(options.value, '[eval]');
      break;
    case 'stdin': {
      const code = internalBinding('stdio').readStdinSync();
      runCode(code, '[stdin]');
      break;
    }
    case 'repl':
      require('internal/repl').start();
      break;
  }
}

// Node's bottom frame for a program file; what runs before it is rode's bootstrap.
if (options.mode === 'file') {
  require('internal/bootstrap/stack_trace').setNodeFrame(runSelected, {
    text: 'node:internal/main/run_main_module:33:47', rest: true,
  });
}

module.exports = { run };
