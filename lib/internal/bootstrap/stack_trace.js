// V8-shaped error stacks on QuickJS: "Name: message\n    at fn (file:line:col)".
// The engine captures call sites when an error is created; the text is built on first
// read of `stack`, so a name or message set after construction shows up, as in V8.
// Error.prepareStackTrace keeps V8's contract for user code that sets it.

const kCallSiteMethods = ['getThis', 'getTypeName', 'getMethodName', 'getEvalOrigin',
  'getScriptNameOrSourceURL', 'getScriptHash', 'getEnclosingColumnNumber',
  'getEnclosingLineNumber', 'getPromiseIndex', 'getPosition'];

class LazyStack {
  constructor(callsites) { this.callsites = callsites; }
}

function headerOf(err) {
  let name, message;
  try { name = err.name; } catch { name = undefined; }
  try { message = err.message; } catch { message = undefined; }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (name === '') return message;
  if (message === '') return name;
  return `${name}: ${message}`;
}

function formatCallSite(cs) {
  let fn = cs.getFunctionName();
  // Top-level code of a script: V8 prints only the location.
  if (fn === '<eval>') fn = null;
  if (cs.isNative()) return `    at ${fn || '<anonymous>'} (<anonymous>)`;
  const file = cs.getFileName();
  const line = cs.getLineNumber();
  const col = cs.getColumnNumber();
  let loc = file == null ? '<anonymous>' : file;
  if (line != null && line >= 0) loc += `:${line}:${col}`;
  if (!fn) return `    at ${loc}`;
  return `    at ${cs.isConstructor() ? 'new ' : ''}${fn} (${loc})`;
}

function formatStack(err, callsites) {
  let s;
  try { s = headerOf(err); } catch { s = 'Error'; }
  for (let i = 0; i < callsites.length; i++) s += '\n' + formatCallSite(callsites[i]);
  return s;
}

// V8 call sites have more methods than QuickJS's; give user code the full shape.
function toV8CallSite(cs) {
  const o = Object.create(cs);
  for (const m of kCallSiteMethods) o[m] = () => (m === 'getScriptNameOrSourceURL' ? cs.getFileName() : null);
  o.isEval = () => false;
  o.isToplevel = () => !cs.getFunctionName();
  o.isAsync = () => false;
  o.isPromiseAll = () => false;
  o.toString = () => formatCallSite(cs).slice(7);
  return o;
}

function setOwnStack(obj, value) {
  Object.defineProperty(obj, 'stack', {
    value, writable: true, enumerable: false, configurable: true,
  });
}

function install() {
  let userPrepare;
  const prepDesc = Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace');
  prepDesc.set.call(Error, function prepare(error, callsites) {
    if (typeof userPrepare === 'function') {
      return userPrepare(error, callsites.map(toV8CallSite));
    }
    return new LazyStack(callsites);
  });
  Object.defineProperty(Error, 'prepareStackTrace', {
    get() { return userPrepare; },
    set(v) { userPrepare = v; },
    enumerable: false,
    configurable: true,
  });

  const stackDesc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
  const nativeGet = stackDesc.get;
  Object.defineProperty(Error.prototype, 'stack', {
    get() {
      let v = nativeGet.call(this);
      if (v instanceof LazyStack) {
        v = formatStack(this, v.callsites);
        setOwnStack(this, v);
      }
      return v;
    },
    set(v) { setOwnStack(this, v); },
    enumerable: false,
    configurable: true,
  });

  const nativeCapture = Error.captureStackTrace;
  Object.defineProperty(Error, 'captureStackTrace', {
    value: function captureStackTrace(obj, fn) {
      nativeCapture(obj, fn);
      const d = Object.getOwnPropertyDescriptor(obj, 'stack');
      if (d && d.value instanceof LazyStack) {
        const lazy = d.value;
        Object.defineProperty(obj, 'stack', {
          get() {
            const s = formatStack(obj, lazy.callsites);
            setOwnStack(obj, s);
            return s;
          },
          set(v) { setOwnStack(obj, v); },
          enumerable: false,
          configurable: true,
        });
      }
    },
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

// The first "file:line:col" of a formatted stack, for the uncaught-exception arrow.
function firstFrameLocation(stack) {
  if (typeof stack !== 'string') return undefined;
  const lines = stack.split('\n');
  for (const l of lines) {
    if (!l.startsWith('    at ')) continue;
    const m = /\(([^()]*):(\d+):(\d+)\)$/.exec(l) || /at ([^ ]*):(\d+):(\d+)$/.exec(l);
    if (m) return { file: m[1], line: +m[2], column: +m[3] };
    return undefined;
  }
  return undefined;
}

module.exports = { install, firstFrameLocation, formatStack };
