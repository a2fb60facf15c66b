// V8-shaped error stacks on QuickJS: "Name: message\n    at fn (file:line:col)".
// The engine captures call sites when an error is created; the text is built on first
// read of `stack`, so a name or message set after construction shows up, as in V8.
// Error.prepareStackTrace keeps V8's contract for user code that sets it.

class LazyStack {
  // `hidden`: the function Error.captureStackTrace hid the frames above of (the
  // callee of the first frame), when the stack was captured that way.
  constructor(callsites) { this.callsites = callsites; this.hidden = undefined; }
}

// Marks Node's own errors (internal/errors), whose header is "Name [CODE]: message",
// read at format time like the rest, as V8 does for them in Node.
const kIsNodeError = Symbol('kIsNodeError');

// lib/'s own frames print as Node 24.21.0's equivalents (the version rode reports),
// so that a crash's stack reads as Node's: internal functions register here with
// the frame text Node shows for them. A spec is { text, after, drop, rest, callee }:
// `text` replaces the frame, `after` adds frames below it, `drop` hides it, `rest`
// hides everything below it, and `callee(name)` renames the user frame it calls.
const nodeFrames = new WeakMap();
function setNodeFrame(fn, spec) {
  if (typeof fn === 'function') nodeFrames.set(fn, spec);
}

// How an uncaught error prints, when lib/ threw it from a place Node shows as its own
// (an unhandled 'error' event): `arrow` replaces the source line and caret, `enhance()`
// returns the stack to print, and `emitter` names the receiver of emit frames.
const uncaughtDecorations = new WeakMap();
function decorateUncaught(err, decoration) {
  if (err !== null && (typeof err === 'object' || typeof err === 'function') &&
      !uncaughtDecorations.has(err)) {
    uncaughtDecorations.set(err, decoration);
  }
}
function uncaughtDecoration(err) {
  return err !== null && (typeof err === 'object' || typeof err === 'function') ?
    uncaughtDecorations.get(err) : undefined;
}

// As in V8, every error carries an own `stack` accessor (shared getter and setter,
// both anonymous) installed when its call sites are captured; the text is made on
// first read with the Error.prepareStackTrace in force then. QuickJS keeps the
// stack in an internal slot behind Error.prototype.stack instead, which would
// survive `delete err.stack` and be missing from the error's own keys.
const stackData = new WeakMap();
let userPrepare;
let capturing = false;

// The object holding the stack: the receiver or the nearest prototype that has one.
function stackHolder(obj) {
  while (obj !== null && (typeof obj === 'object' || typeof obj === 'function')) {
    if (stackData.has(obj)) return obj;
    obj = Object.getPrototypeOf(obj);
  }
  return undefined;
}

let stackFormat;
function format() {
  if (stackFormat === undefined) stackFormat = require('internal/bootstrap/stack_format');
  return stackFormat;
}

function materialize(holder, lazy) {
  const { formatStack, limitFrames, toV8CallSite, v8Frames } = format();
  let v;
  if (typeof userPrepare === 'function' && !lazy.busy) {
    // A prepareStackTrace that reads error.stack gets the default text.
    lazy.busy = true;
    try {
      v = userPrepare(holder, limitFrames(v8Frames(lazy.callsites, lazy.hidden)).map(toV8CallSite));
    } finally {
      lazy.busy = false;
    }
  } else {
    v = formatStack(holder, lazy.callsites, lazy.hidden);
    if (lazy.busy) return v;
  }
  stackData.set(holder, v);
  return v;
}

const stackDescriptor = {
  __proto__: null,
  get: function() {
    const holder = stackHolder(this);
    if (holder === undefined) return undefined;
    const v = stackData.get(holder);
    return v instanceof LazyStack ? materialize(holder, v) : v;
  },
  set: function(value) {
    const holder = stackHolder(this);
    if (holder !== undefined) {
      stackData.set(holder, value);
    } else if (this !== null && (typeof this === 'object' || typeof this === 'function')) {
      Object.defineProperty(this, 'stack', {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
    }
  },
  enumerable: false,
  configurable: true,
};
Object.defineProperty(stackDescriptor.get, 'name', { value: '' });
Object.defineProperty(stackDescriptor.set, 'name', { value: '' });

// The call sites of each stack, kept after its text is made (an uncaught error's
// arrow is chosen from its first frame).
const callsitesOf = new WeakMap();

function attachStack(obj, lazy) {
  Object.defineProperty(obj, 'stack', stackDescriptor);
  stackData.set(obj, lazy);
  if (lazy instanceof LazyStack) callsitesOf.set(obj, lazy);
}

// V8 gives an error its stack before message, cause and errors; QuickJS defines
// those first, so they are moved after it (all are configurable at this point).
function attachStackFirst(error, lazy) {
  const keys = Reflect.ownKeys(error);
  if (keys.length === 0) {
    attachStack(error, lazy);
    return;
  }
  if (keys.length === 1) {
    // The usual case, a bare message: the cheapest way round.
    const desc = Object.getOwnPropertyDescriptor(error, keys[0]);
    if (desc.configurable) delete error[keys[0]];
    attachStack(error, lazy);
    if (desc.configurable) Object.defineProperty(error, keys[0], desc);
    return;
  }
  const descs = Object.getOwnPropertyDescriptors(error);
  for (let i = 0; i < keys.length; i++) {
    if (!descs[keys[i]].configurable) {
      attachStack(error, lazy);
      return;
    }
  }
  for (let i = 0; i < keys.length; i++) delete error[keys[i]];
  attachStack(error, lazy);
  Object.defineProperties(error, descs);
}

const ErrorCtor = Error;
let engineMessages;
function normalizeEngineError(error, callsites) {
  // Only errors the engine raised carry a lower-case message: skip the module load
  // for the common case of errors that programs and lib/ construct themselves.
  const msg = Object.getOwnPropertyDescriptor(error, 'message')?.value;
  if (typeof msg !== 'string' || !/^(?:[a-z']|not |class |BigInt division|Date value)/.test(msg)) {
    return;
  }
  engineMessages ??= require('internal/bootstrap/engine_messages');
  engineMessages.normalizeEngineError(error, callsites);
}
const isError = Error.isError;
const hasOwn = Function.prototype.call.bind(Object.prototype.hasOwnProperty);
const kNoStack = new LazyStack([]);

// V8 starts the stack of `new Derived()` (an Error subclass) at the caller of the
// outermost constructor: the constructor frames of the chain are left out. QuickJS
// keeps them. The frame of new.target is the first constructor frame whose function
// makes objects with this error's prototype.
function withoutConstructorFrames(error, callsites) {
  let proto;
  try {
    proto = Object.getPrototypeOf(error);
  } catch {
    return callsites;
  }
  if (proto === ErrorCtor.prototype) return callsites;
  for (let i = 0; i < callsites.length; i++) {
    const cs = callsites[i];
    if (!cs.isConstructor()) continue;
    let fn;
    try {
      fn = cs.getFunction();
    } catch {
      continue;
    }
    if (typeof fn === 'function' && fn.prototype === proto) return callsites.slice(i + 1);
  }
  return callsites;
}

// How many frames the engine captures beyond Error.stackTraceLimit: lib/'s frames
// print as Node's (setNodeFrame), which may add or hide some, and call/apply frames
// are hidden, so the list is cut to the limit only when formatted.
const kSpareFrames = 8;

// Where each value was last thrown (the engine reports every throw to the hook
// below): an uncaught error's arrow points there, as at V8's message location.
const throwSites = new WeakMap();
let primitiveThrow;
function recordThrowSite(value, callsites) {
  const cs = callsites[0];
  if (cs === undefined || cs.isNative()) return;
  const file = cs.getFileName();
  // lib/'s own rethrows (a `finally` that lets the error through) keep the user's site,
  // as V8's rethrows keep the message location.
  if (typeof file !== 'string' || file.startsWith('node:')) return;
  const site = { file, line: cs.getLineNumber(), column: cs.getColumnNumber() };
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
    throwSites.set(value, site);
  } else {
    primitiveThrow = { value, site };
  }
}
function throwSiteOf(value) {
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
    return throwSites.get(value);
  }
  return primitiveThrow !== undefined && Object.is(primitiveThrow.value, value) ?
    primitiveThrow.site : undefined;
}

function virtualizeStackTraceLimit() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined || typeof desc.get !== 'function' || typeof desc.set !== 'function') {
    return;
  }
  let limit = desc.get.call(Error);
  const setEngineLimit = (v) => {
    desc.set.call(Error, typeof v === 'number' && v > 0 ? v + kSpareFrames : v);
  };
  setEngineLimit(limit);
  Object.defineProperty(Error, 'stackTraceLimit', {
    __proto__: null,
    get() { return limit; },
    set(v) {
      limit = v;
      setEngineLimit(v);
    },
    enumerable: desc.enumerable,
    configurable: true,
  });
}

function install() {
  virtualizeStackTraceLimit();
  // The engine calls this wherever V8 would capture a stack: error construction,
  // engine-thrown errors and Error.captureStackTrace.
  const prepDesc = Object.getOwnPropertyDescriptor(Error, 'prepareStackTrace');
  prepDesc.set.call(Error, function prepare(error, callsites) {
    // V8 captures nothing while Error.stackTraceLimit is not a number.
    if (capturing) {
      return typeof ErrorCtor.stackTraceLimit === 'number' ? new LazyStack(callsites) : undefined;
    }
    const lazy = typeof ErrorCtor.stackTraceLimit === 'number' && isError(error) ?
      new LazyStack(withoutConstructorFrames(error, callsites)) :
      typeof ErrorCtor.stackTraceLimit === 'number' ? new LazyStack(callsites) : undefined;
    // The engine also calls this for every value being thrown: only an error
    // that never had a stack gets one (a thrown `{}` or an error whose stack was
    // deleted stays as it is).
    if (isError(error) && !stackData.has(error) && !hasOwn(error, 'stack')) {
      normalizeEngineError(error, callsites);
      attachStackFirst(error, lazy);
    } else {
      recordThrowSite(error, callsites);
    }
    // What is returned is all the engine keeps: never undefined, or it would ask
    // again at every frame the exception unwinds through.
    return lazy === undefined ? kNoStack : lazy;
  });
  Object.defineProperty(Error, 'prepareStackTrace', {
    get() { return userPrepare; },
    set(v) { userPrepare = v; },
    enumerable: false,
    configurable: true,
  });

  // Errors carry their own accessor, so V8 has no Error.prototype.stack. One is
  // kept for an error the engine could not give a stack: one raised so near the
  // stack limit that the capture itself overflowed, which V8 still describes.
  const nativeGet = Object.getOwnPropertyDescriptor(Error.prototype, 'stack').get;
  Object.defineProperty(Error.prototype, 'stack', {
    __proto__: null,
    get() {
      if (isError(this) && !stackData.has(this) && nativeGet.call(this) === null) {
        return format().headerOf(this);
      }
      return undefined;
    },
    set(value) {
      Object.defineProperty(this, 'stack', {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
    },
    enumerable: false,
    configurable: true,
  });

  const nativeCapture = Error.captureStackTrace;
  Object.defineProperty(Error, 'captureStackTrace', {
    value: function captureStackTrace(obj, fn) {
      // The engine stores what prepare returns as a data property; turn it into
      // the accessor every error has.
      capturing = true;
      try {
        nativeCapture(obj, fn);
      } finally {
        capturing = false;
      }
      const d = Object.getOwnPropertyDescriptor(obj, 'stack');
      if (d !== undefined && hasOwn(d, 'value') &&
          (d.value === undefined || d.value instanceof LazyStack)) {
        if (d.value instanceof LazyStack && typeof fn === 'function') d.value.hidden = fn;
        attachStack(obj, d.value);
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

function callsitesOfError(err) {
  return callsitesOf.get(err);
}

module.exports = {
  ErrorCtor,
  callsAsMethod: (frame) => format().callsAsMethod(frame),
  callsitesOfError,
  decorateUncaught,
  firstFrameLocation,
  formatStack: (err, callsites, hidden) => format().formatStack(err, callsites, hidden),
  install,
  kIsNodeError,
  nodeFrameArrow: (err) => format().nodeFrameArrow(err),
  nodeFrames,
  setNodeFrame,
  throwSiteOf,
  uncaughtDecoration,
};
