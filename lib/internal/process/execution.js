// What happens to an exception nobody caught: 'uncaughtExceptionMonitor', then
// 'uncaughtException' listeners; with none, 'exit' is emitted and the error is printed
// the way Node prints it (source line and caret, then util.inspect of the error).

const { firstFrameLocation, throwSiteOf } = require('internal/bootstrap/stack_trace');
const { writeSync } = internalBinding('stdio');

const sources = new Map();

// -e code and stdin programs have no file to read the arrow's source line from.
function registerSource(name, source) {
  sources.set(name, source);
}

function registeredSource(name) {
  return sources.get(name);
}

function sourceLine(file, line) {
  if (file.startsWith('node:')) return undefined;
  return require('internal/bootstrap/stack_positions').sourceLine(file, line);
}

function arrowFor(err, fromPromise) {
  let stack;
  if (err !== null && (typeof err === 'object' || typeof err === 'function')) {
    try { stack = err.stack; } catch { /* no stack then */ }
  }
  const first = firstFrameLocation(stack);
  // Node points at V8's message location, where the value was last thrown; for an
  // ES module, or an error that arrived as a rejection, at the error's first frame.
  let loc;
  let atThrow = false;
  if (first !== undefined && (fromPromise || first.file.startsWith('file://'))) {
    loc = first;
  } else {
    const site = fromPromise ? undefined : throwSiteOf(err);
    if (site !== undefined && typeof site.file === 'string' && site.line >= 1) {
      loc = site;
    } else {
      loc = first;
    }
    atThrow = true;
  }
  if (loc === undefined) return '';
  const src = sourceLine(loc.file, loc.line);
  if (src === undefined) return '';
  let caret = Math.max(0, loc.column - 1);
  // The engine's position is the thrown expression's; V8's is the `throw`.
  if (atThrow) {
    const t = src.lastIndexOf('throw', caret);
    if (t !== -1 && /^throw\b/.test(src.slice(t))) caret = t;
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
    } else if (err !== null && (typeof err === 'object' || typeof err === 'function')) {
      // Node's layout for a thrown non-error: a blank line first when it came from a
      // file, after the arrow when from -e/stdin.
      if (!arrow) {
        out = `${inspect(err, { colors })}\n`;
      } else if (arrow.startsWith('[')) {
        out = `${arrow}\n${inspect(err, { colors })}\n`;
      } else {
        out = `\n${arrow}${inspect(err, { colors })}\n`;
      }
    } else if (arrow) {
      // A primitive: Node's own layout for it.
      out = `\n${arrow}${inspect(err, { colors })}\n(Use \`node --trace-uncaught ...\` to show where the exception was thrown)\n`;
    } else {
      out = `Uncaught ${inspect(err, { colors })}\n`;
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
