// What happens to an exception nobody caught: 'uncaughtExceptionMonitor', then
// 'uncaughtException' listeners; with none, 'exit' is emitted and the error is printed
// the way Node prints it (source line and caret, then util.inspect of the error).

const { firstFrameLocation } = require('internal/bootstrap/stack_trace');
const { writeSync } = internalBinding('stdio');
const { readFileUtf8 } = internalBinding('fs');

const sources = new Map();

// -e code and stdin programs have no file to read the arrow's source line from.
function registerSource(name, source) {
  sources.set(name, source);
}

function registeredSource(name) {
  return sources.get(name);
}

function sourceLine(file, line) {
  let text = sources.get(file);
  if (text === undefined) {
    if (file.startsWith('node:')) return undefined;
    let path = file;
    if (path.startsWith('file://')) {
      try {
        path = decodeURIComponent(path.slice(7));
      } catch {
        return undefined;
      }
    }
    try {
      text = readFileUtf8(path);
    } catch {
      return undefined;
    }
  }
  const lines = text.split(/\r?\n/);
  return lines[line - 1];
}

function arrowFor(err, fromPromise) {
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) return '';
  let stack;
  try { stack = err.stack; } catch { return ''; }
  const loc = firstFrameLocation(stack);
  if (loc === undefined) return '';
  let src = sourceLine(loc.file, loc.line);
  if (src === undefined) return '';
  if (loc.line === 1 && src.startsWith('#!')) src = src;
  let caret = Math.max(0, loc.column - 1);
  // The engine knows where the error was created, V8 where it was thrown: for the usual
  // `throw new X()` on one line, point at the throw. (For an ES module, or an error
  // that reached here as a rejection, Node points at the error's first frame.)
  if (!fromPromise && !loc.file.startsWith('file://')) {
    const t = src.lastIndexOf('throw', caret);
    if (t !== -1 && /^throw\s/.test(src.slice(t))) caret = t;
  }
  return `${loc.file}:${loc.line}\n${src}\n${' '.repeat(caret)}^\n`;
}

function isErrorLike(e) {
  if (e instanceof Error) return true;
  return e !== null && typeof e === 'object' && typeof e.stack === 'string';
}

function printUncaught(err, fromPromise = false) {
  const { inspect } = require('internal/util/inspect');
  let colors = false;
  try { colors = process.stderr.isTTY && process.stderr.hasColors?.(); } catch {}
  let out;
  try {
    const decoration = require('internal/bootstrap/stack_trace').uncaughtDecoration(err);
    if (decoration?.enhance !== undefined) {
      try {
        err.stack = decoration.enhance();
      } catch {
        // The plain stack then.
      }
    }
    const { nodeFrameArrow } = require('internal/bootstrap/stack_trace');
    const arrow = decoration?.arrow ?? nodeFrameArrow(err) ?? arrowFor(err, fromPromise);
    if (isErrorLike(err)) {
      out = `${arrow}${arrow ? '\n' : ''}${inspect(err, { colors })}\n`;
    } else {
      out = `${arrow}Uncaught ${inspect(err, { colors })}\n`;
      if (arrow) out = `${arrow}${inspect(err, { colors })}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)\n`;
    }
  } catch {
    out = `${String(err)}\n`;
  }
  const { versions } = process;
  writeSync(2, `${out}\nNode.js ${process.version}${versions && versions.rode ? ` (rode ${versions.rode})` : ''}\n`);
}

// Node's order: 'uncaughtExceptionMonitor', then the capture callback
// (process.setUncaughtExceptionCaptureCallback, the domain module's hook) if one is
// set, else 'uncaughtException' listeners, else the crash. Returns true when
// handled, else the exit code.
function onGlobalUncaughtException(er, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  try {
    process.emit('uncaughtExceptionMonitor', er, type);
  } catch (er2) {
    printUncaught(er2);
    return 7;
  }
  const capture = process._getCaptureFn();
  if (capture !== null) {
    try {
      capture(er, fromPromise);
    } catch (er2) {
      printUncaught(er2);
      return 7;
    }
    return true;
  }
  return emitUncaughtException(er, fromPromise);
}

// 'uncaughtException' listeners, else Node's crash: 'exit' with code 1 and the
// error printed.
function emitUncaughtException(er, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  let handled;
  try {
    handled = process.emit('uncaughtException', er, type);
  } catch (er2) {
    printUncaught(er2);
    return 7;
  }
  if (handled) return true;
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch {
    // Nothing to be done about it at this point.
  }
  printUncaught(er, fromPromise);
  // An 'exit' listener may have set another code (even 0): Node exits with it.
  const code = process.exitCode;
  return typeof code === 'number' ? code : 1;
}

module.exports = {
  emitUncaughtException,
  onGlobalUncaughtException,
  printUncaught,
  registerSource,
  registeredSource,
};
