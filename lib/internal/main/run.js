// Runs what the command line asked for: preloads (-r, --import), then a file, -e/-p
// code, a program from stdin, or the REPL.

const options = internalBinding('options');

function printResult(result) {
  const { inspect } = require('internal/util/inspect');
  const s = typeof result === 'string' ? result : inspect(result);
  process.stdout.write(`${s}\n`);
}

function preload() {
  if (options.requires.length > 0) {
    const { Module } = require('internal/modules/cjs/loader');
    const path = require('path');
    const parent = new Module('internal/preload', null);
    parent.paths = Module._nodeModulePaths(process.cwd());
    parent.filename = path.join(process.cwd(), '[preload]');
    for (const id of options.requires) {
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
  preload();
  switch (options.mode) {
    case 'file': {
      const path = require('path');
      require('internal/modules/run_main').executeUserEntryPoint(path.resolve(options.value));
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

module.exports = { run };
