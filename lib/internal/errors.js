'use strict';

// Node's error machinery: the ERR_* classes (codes), system-error builders
// (UVException, ErrnoException, ...), the libuv errno table and the small
// helpers other modules share (hideStackFrames, determineSpecificType, ...).
// Messages are byte-for-byte those of Node 24.

// Shared with rode's stack formatter, which gives these errors Node's header.
const { kIsNodeError } = require('internal/bootstrap/stack_trace');
const kNoOverride = Symbol('kNoOverride');

const messages = new Map();
const codes = {};

// internal/util/inspect requires this file, so it is loaded on first use.
let inspectModule;
function lazyInspectModule() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}
function inspect(value, opts) {
  return lazyInspectModule().inspect(value, opts);
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return desc.writable === true || desc.set !== undefined;
}

// Stacks are rode's (internal/bootstrap/stack_trace): frames are captured
// here, the "Name: message" text is built on first read of `stack`, and
// errors marked with kIsNodeError get Node's "Name [CODE]: message" header.
// Taken once so that user code replacing Error.captureStackTrace can't
// change how lib/ errors look.
const ErrorCaptureStackTrace = Error.captureStackTrace;

// Error.stackTraceLimit = 0 around a base-class constructor call: its frames
// would be replaced right away by ErrorCaptureStackTrace, so don't pay for them.
function suspendStackTraces() {
  if (!isErrorStackTraceLimitWritable()) return undefined;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  return limit;
}
function resumeStackTraces(limit) {
  if (limit !== undefined) Error.stackTraceLimit = limit;
}

// `new Base(...args)` with its frames starting above `hideFn`.
function newErrorAbove(hideFn, Base, ...args) {
  const limit = suspendStackTraces();
  let err;
  try {
    err = new Base(...args);
  } finally {
    resumeStackTraces(limit);
  }
  ErrorCaptureStackTrace(err, hideFn);
  return err;
}

// The ERR_* table (internal/errors/messages) is loaded the first time a code is
// used: most programs never build one.
let tableLoaded = false;
function loadTable() {
  if (tableLoaded) return;
  tableLoaded = true;
  require('internal/errors/messages');
}

function getMessage(key, args, self) {
  loadTable();
  const msg = messages.get(key);
  if (typeof msg === 'function') {
    return Reflect.apply(msg, self, args);
  }
  if (args.length === 0) return msg;
  let simple = true;
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'string') { simple = false; break; }
  }
  if (simple && !/%[dijfoOc]/.test(msg)) {
    let i = 0;
    return msg.replace(/%[s%]/g, (m) => {
      if (m === '%%') return '%';
      return i < args.length ? args[i++] : m;
    });
  }
  return lazyInspectModule().format(msg, ...args);
}

function makeNodeErrorWithCode(Base, key) {
  class NodeError extends Base {
    constructor(...args) {
      const limit = suspendStackTraces();
      try {
        super();
      } finally {
        resumeStackTraces(limit);
      }
      ErrorCaptureStackTrace(this, new.target);
      // Own-key order as in Node: a message built by a function sees `code`
      // already set; a template message comes first.
      const template = typeof messages.get(key) !== 'function';
      if (!template) this.code = key;
      Object.defineProperty(this, 'message', {
        __proto__: null,
        value: getMessage(key, args, this),
        writable: true,
        enumerable: false,
        configurable: true,
      });
      if (template) this.code = key;
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }

    // Node's errors report their base class as constructor, so inspect
    // prints "TypeError [CODE]" and not "NodeError".
    get ['constructor']() {
      return Base;
    }
  }
  Object.defineProperty(NodeError.prototype, kIsNodeError, {
    __proto__: null, value: true, writable: false, enumerable: false, configurable: true,
  });
  return NodeError;
}

class SystemError extends Error {
  constructor(key, context) {
    const limit = suspendStackTraces();
    try {
      super();
    } finally {
      resumeStackTraces(limit);
    }
    ErrorCaptureStackTrace(this, new.target);
    const prefix = getMessage(key, [], this);
    let message = `${prefix}: ${context.syscall} returned ` +
                  `${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;

    this.code = key;
    Object.defineProperty(this, 'name', {
      __proto__: null, value: 'SystemError', enumerable: false, writable: true, configurable: true,
    });
    Object.defineProperty(this, 'message', {
      __proto__: null, value: message, enumerable: false, writable: true, configurable: true,
    });
    Object.defineProperty(this, 'info', {
      __proto__: null, value: context, enumerable: true, configurable: true, writable: false,
    });
    const accessor = (prop) => ({
      __proto__: null,
      get() { return context[prop]; },
      set(value) { context[prop] = value; },
      enumerable: true,
      configurable: true,
    });
    Object.defineProperty(this, 'errno', accessor('errno'));
    Object.defineProperty(this, 'syscall', accessor('syscall'));
    if (context.path !== undefined) Object.defineProperty(this, 'path', accessor('path'));
    if (context.dest !== undefined) Object.defineProperty(this, 'dest', accessor('dest'));
    Object.defineProperty(this, kIsNodeError, {
      __proto__: null, value: true, enumerable: false, writable: false, configurable: true,
    });
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(ctx) {
      super(key, ctx);
    }
  };
}

// E(code, message, Base, ...otherClasses): registers a code. `message` is a
// util.format template or a function called with the error as `this`.
// Each code's class is made on first use: E() only records the definition (building
// three hundred classes, or even defining three hundred accessors, would cost more
// than the rest of the bootstrap together), and `codes` builds on first access.
const definitions = new Map();

function buildCode(sym) {
  loadTable();
  const def = definitions.get(sym);
  if (def === undefined) return undefined;
  const otherClasses = otherClassesOf.get(sym) ?? noOtherClasses;
  const ErrClass = def === SystemError ?
    makeSystemErrorWithCode(sym) :
    makeNodeErrorWithCode(def, sym);
  for (const clazz of otherClasses) {
    ErrClass[clazz.name] = makeNodeErrorWithCode(clazz, sym);
  }
  builtCodes[sym] = ErrClass;
  definitions.delete(sym);
  return ErrClass;
}

const builtCodes = codes;
const lazyCodes = new Proxy(builtCodes, {
  get(target, key) {
    const v = target[key];
    if (v !== undefined || typeof key !== 'string') return v;
    return buildCode(key);
  },
  has(target, key) {
    if (key in target) return true;
    loadTable();
    return definitions.has(key);
  },
  ownKeys(target) {
    loadTable();
    for (const key of [...definitions.keys()]) buildCode(key);
    return Reflect.ownKeys(target);
  },
  getOwnPropertyDescriptor(target, key) {
    if (typeof key === 'string' && !(key in target)) buildCode(key);
    return Reflect.getOwnPropertyDescriptor(target, key);
  },
});

const noOtherClasses = [];
// No rest parameter or per-call array: E() runs three hundred times at start-up.
function E(sym, val, def, other1, other2) {
  messages.set(sym, val);
  definitions.set(sym, def);
  if (other1 !== undefined) otherClassesOf.set(sym, other2 === undefined ? [other1] : [other1, other2]);
}
const otherClassesOf = new Map();

function hideStackFrames(fn) {
  function wrappedFn(...args) {
    try {
      return Reflect.apply(fn, this, args);
    } catch (error) {
      if (error !== null && typeof error === 'object' && Error.stackTraceLimit) {
        ErrorCaptureStackTrace(error, wrappedFn);
      }
      throw error;
    }
  }
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

// "Received ..." part of many messages.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  switch (type) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      return `type number (${value})`;
    case 'boolean':
      return value ? 'type boolean (true)' : 'type boolean (false)';
    case 'symbol':
      return `type symbol (${String(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return `${inspect(value, { depth: -1 })}`;
    case 'string':
      if (value.length > 28) value = `${value.slice(0, 25)}...`;
      if (value.indexOf("'") === -1) return `type string ('${value}')`;
      return `type string (${JSON.stringify(value)})`;
    default:
      return `type ${type} (${inspect(value, { colors: false })})`;
  }
}

function formatList(array, type = 'and') {
  switch (array.length) {
    case 0: return '';
    case 1: return `${array[0]}`;
    case 2: return `${array[0]} ${type} ${array[1]}`;
    default:
      return `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
  }
}


let uvBinding;
function lazyUv() {
  if (uvBinding === undefined) {
    const uvErrors = require('internal/errors/uv_table');
    uvBinding = new Map();
    for (let i = 0; i < uvErrors.length; i++) {
      const e = uvErrors[i];
      uvBinding.set(e[0], [e[1], e[2]]);
    }
  }
  return uvBinding;
}
function uvErrmapGet(name) {
  return lazyUv().get(name);
}
function getUvErrorMap() {
  const m = lazyUv();
  const out = new Map();
  for (const [k, v] of m) out.set(k, [v[0], v[1]]);
  return out;
}

const uvUnmappedError = ['UNKNOWN', 'unknown error'];

function getSystemErrorName(err) {
  const entry = uvErrmapGet(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

// Messages look like "ENOENT: no such file or directory, open '/x'".
class UVException extends Error {
  constructor(ctx) {
    const { 0: code, 1: uvmsg } = uvErrmapGet(ctx.errno) || uvUnmappedError;
    let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;
    let path;
    let dest;
    if (ctx.path) {
      path = ctx.path.toString();
      message += ` '${path}'`;
    }
    if (ctx.dest) {
      dest = ctx.dest.toString();
      message += ` -> '${dest}'`;
    }
    const limit = suspendStackTraces();
    try {
      super();
    } finally {
      resumeStackTraces(limit);
    }
    ErrorCaptureStackTrace(this, new.target);
    Object.defineProperty(this, 'message', {
      __proto__: null, value: message, writable: true, enumerable: false, configurable: true,
    });
    for (const prop of Object.keys(ctx)) {
      if (prop === 'message' || prop === 'path' || prop === 'dest') continue;
      this[prop] = ctx[prop];
    }
    this.code = code;
    if (path) this.path = path;
    if (dest) this.dest = dest;
  }

  get ['constructor']() {
    return Error;
  }
}

class UVExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port) {
    const { 0: code, 1: uvmsg } = uvErrmapGet(err) || uvUnmappedError;
    const message = `${syscall} ${code}: ${uvmsg}`;
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    const limit = suspendStackTraces();
    try {
      super();
    } finally {
      resumeStackTraces(limit);
    }
    ErrorCaptureStackTrace(this, new.target);
    Object.defineProperty(this, 'message', {
      __proto__: null, value: `${message}${details}`, writable: true, enumerable: false, configurable: true,
    });
    this.code = code;
    this.errno = err;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }

  get ['constructor']() {
    return Error;
  }
}

class ErrnoException extends Error {
  constructor(err, syscall, original) {
    const code = getSystemErrorName(err);
    const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
    const limit = suspendStackTraces();
    try {
      super();
    } finally {
      resumeStackTraces(limit);
    }
    ErrorCaptureStackTrace(this, new.target);
    Object.defineProperty(this, 'message', {
      __proto__: null, value: message, writable: true, enumerable: false, configurable: true,
    });
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
  }

  get ['constructor']() {
    return Error;
  }
}

class ExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port, additional) {
    const code = getSystemErrorName(err);
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    if (additional) details += ` - Local (${additional})`;
    const limit = suspendStackTraces();
    try {
      super();
    } finally {
      resumeStackTraces(limit);
    }
    ErrorCaptureStackTrace(this, new.target);
    Object.defineProperty(this, 'message', {
      __proto__: null, value: `${syscall} ${code}${details}`, writable: true, enumerable: false, configurable: true,
    });
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }

  get ['constructor']() {
    return Error;
  }
}

class DNSException extends Error {
  constructor(code, syscall, hostname) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      // getaddrinfo's "no such name" answers are reported as ENOTFOUND.
      if (code === -3007 || code === -3008) code = 'ENOTFOUND';
      else code = getSystemErrorName(code);
    }
    const message = `${syscall} ${code}${hostname ? ` ${hostname}` : ''}`;
    const limit = suspendStackTraces();
    try {
      super();
    } finally {
      resumeStackTraces(limit);
    }
    ErrorCaptureStackTrace(this, new.target);
    Object.defineProperty(this, 'message', {
      __proto__: null, value: message, writable: true, enumerable: false, configurable: true,
    });
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
  }

  get ['constructor']() {
    return Error;
  }
}

class ConnResetException extends Error {
  constructor(msg) {
    super(msg);
    this.code = 'ECONNRESET';
    ErrorCaptureStackTrace(this, new.target);
  }

  get ['constructor']() {
    return Error;
  }
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw new lazyCodes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    // Built field by field so that `stack` comes first among the own
    // properties, as with V8.
    const limit = suspendStackTraces();
    try {
      super();
    } finally {
      resumeStackTraces(limit);
    }
    ErrorCaptureStackTrace(this, new.target);
    Object.defineProperty(this, 'message', {
      __proto__: null, value: `${message}`, writable: true, enumerable: false, configurable: true,
    });
    if (options !== undefined && options !== null && 'cause' in options) {
      Object.defineProperty(this, 'cause', {
        __proto__: null, value: options.cause, writable: true, enumerable: false, configurable: true,
      });
    }
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

class NodeAggregateError extends AggregateError {
  constructor(errors, message) {
    super(errors, message);
    this.code = errors[0]?.code;
    ErrorCaptureStackTrace(this, new.target);
  }

  get ['constructor']() {
    return AggregateError;
  }
}

// Call-style spellings used by older lib code.
function uvException(ctx) {
  return new UVException(ctx);
}
function uvExceptionWithHostPort(err, syscall, address, port) {
  return new UVExceptionWithHostPort(err, syscall, address, port);
}
function errnoException(err, syscall, original) {
  return new ErrnoException(err, syscall, original);
}
function exceptionWithHostPort(err, syscall, address, port, additional) {
  return new ExceptionWithHostPort(err, syscall, address, port, additional);
}

function genericNodeError(message, errorProperties) {
  // Node keeps this function's own frame on top of the stack.
  const err = new Error(message);
  Object.assign(err, errorProperties);
  return err;
}

function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = newErrorAbove(aggregateTwoErrors, AggregateError, [outerError, innerError],
                              outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

function isStackOverflowError(err) {
  return err !== null && typeof err === 'object' &&
    (err.name === 'RangeError' || err.name === 'InternalError') &&
    /call stack size exceeded|stack overflow/i.test(err.message);
}

function inspectWithNoCustomRetry(obj, options) {
  try {
    return inspect(obj, options);
  } catch {
    return inspect(obj, { ...options, customInspect: false });
  }
}


// Errors Node raises from C++ look different: the stack header and
// toString() are the plain "TypeError: msg", with `code` as an own property
// (left out when undefined). Own keys come in V8's order: stack, message, code.
function createNativeError(Base, code, message) {
  const err = newErrorAbove(createNativeError, Base);
  Object.defineProperty(err, 'message', {
    __proto__: null, value: message, writable: true, enumerable: false, configurable: true,
  });
  if (code !== undefined) err.code = code;
  return err;
}

function setArrowMessage(err, arrowMessage) {
  err[Symbol.for('nodejs.arrowMessage')] = arrowMessage;
}

module.exports = {
  AbortError,
  aggregateTwoErrors,
  NodeAggregateError,
  codes: lazyCodes,
  ConnResetException,
  DNSException,
  determineSpecificType,
  E,
  ErrnoException,
  ExceptionWithHostPort,
  formatList,
  genericNodeError,
  getMessage,
  inspect,
  getSystemErrorName,
  getUvErrorMap,
  hideStackFrames,
  inspectWithNoCustomRetry,
  isErrorStackTraceLimitWritable,
  isStackOverflowError,
  kIsNodeError,
  kNoOverride,
  setArrowMessage,
  SystemError,
  uvErrmapGet,
  UVException,
  UVExceptionWithHostPort,
  uvException,
  uvExceptionWithHostPort,
  errnoException,
  exceptionWithHostPort,
  createNativeError,
  newErrorAbove,
};
