'use strict';

// The public `util` module (Node 24's exports): formatting and inspection
// come from internal/util/inspect; the rest is assembled here.

const errors = require('internal/errors');
const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
  },
  ErrnoException,
  ExceptionWithHostPort,
} = errors;
const {
  format,
  formatWithOptions,
  inspect,
} = require('internal/util/inspect');
const types = require('internal/util/types');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
  validateOneOf,
  validateString,
  kValidateObjectAllowObjects,
  signals,
} = require('internal/validators');
const {
  deprecate,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  promisify,
  toUSVString,
  createDeferredPromise,
  defineLazyProperties,
} = require('internal/util');
const colors = require('internal/util/colors');

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) {
    target[keys[i]] = source[keys[i]];
  }
  return target;
}

const ErrorCaptureStackTrace = Error.captureStackTrace;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason would look like success to the callback.
  if (!reason) {
    reason = new ERR_FALSY_VALUE_REJECTION(reason);
    // As in Node, the stack starts where the callback was scheduled from.
    ErrorCaptureStackTrace(reason, callbackifyOnRejected);
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') {
    descriptors.length.value++;
  }
  if (descriptors.name && typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  for (const key of Reflect.ownKeys(descriptors)) {
    try {
      Object.defineProperty(callbackified, key, descriptors[key]);
    } catch {
      // Non-configurable own properties of the wrapper stay as they are.
    }
  }
  return callbackified;
}

// Matches ANSI escape sequences (CSI and OSC, as in the ansi-regex package).
const ansiPattern = '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
  '[\\dA-PR-TZcf-ntqry=><~]))';
const ansi = new RegExp(ansiPattern, 'g');

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  if (str.indexOf('\u001B') === -1 && str.indexOf('\u009B') === -1) return str;
  return str.replace(ansi, '');
}

function isNodeStreamLike(obj) {
  return obj !== null && typeof obj === 'object' &&
    (obj._readableState !== undefined || obj._writableState !== undefined ||
     (typeof obj.write === 'function' && typeof obj.on === 'function') ||
     (typeof obj.pipe === 'function' && typeof obj.on === 'function'));
}

function isWebStreamLike(obj) {
  const name = obj?.constructor?.name;
  return name === 'ReadableStream' || name === 'WritableStream';
}

function styleText(format, text, options) {
  const { validateStream = true, stream = process.stdout } = options ?? {};
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (validateStream) {
    if (stream !== null && stream !== undefined &&
        !isNodeStreamLike(stream) && !isWebStreamLike(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !colors.shouldColorize(stream);
  }

  const formatArray = Array.isArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formatArray) {
    if (key === 'none') continue;
    const style = typeof key === 'string' ? colors.styles[key] : undefined;
    if (style === undefined) {
      validateOneOf(key, 'format', colors.styleNames);
    }
    if (skipColorize) continue;
    left += `\u001b[${style[0]}m`;
    right = `\u001b[${style[1]}m${right}`;
  }
  return skipColorize ? text : `${left}${text}${right}`;
}

// NODE_DEBUG=a,b*,c turns on debuglog('a'), debuglog('bar'), ...
let debugEnvTest;
function testEnabled(set) {
  if (debugEnvTest === undefined) {
    const debugEnv = process.env.NODE_DEBUG;
    if (debugEnv) {
      const v = debugEnv.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .replaceAll('*', '.*')
        .replaceAll(',', '$|^');
      const re = new RegExp(`^${v}$`, 'i');
      debugEnvTest = (str) => re.exec(str) !== null;
    } else {
      debugEnvTest = () => false;
    }
  }
  return debugEnvTest(set);
}

const debugImpls = { __proto__: null };
function noop() {}

function emitWarningIfNeeded(set) {
  if (set === 'HTTP' || set === 'HTTP2') {
    process.emitWarning('Setting the NODE_DEBUG environment variable ' +
      `to '${set.toLowerCase()}' can expose sensitive data (such as passwords, ` +
      'tokens and authentication headers) in the resulting log.');
  }
}

function debuglogImpl(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      const pid = process.pid;
      emitWarningIfNeeded(set);
      debugImpls[set] = function debug(...args) {
        const useColors = colors.shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors: useColors }, ...args);
        const coloredPID = inspect(pid, { colors: useColors });
        process.stderr.write(format('%s %s: %s\n', set, coloredPID, msg));
      };
    } else {
      debugImpls[set] = noop;
    }
  }
  return debugImpls[set];
}

function debuglog(set, cb) {
  set = set.toUpperCase();
  let enabled;
  function init() {
    if (enabled === undefined) enabled = testEnabled(set);
  }
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, set);
    // The callback only hears about loggers that actually print.
    if (enabled && typeof cb === 'function') cb(debug);
    Reflect.apply(debug, undefined, args);
  };
  const logger = (...args) => Reflect.apply(debug, undefined, args);
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      init();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

let comparisons;
// Node 24 takes any truthy third argument as "skip the prototype comparison".
function isDeepStrictEqual(a, b, skipPrototype) {
  comparisons ??= require('internal/util/comparisons');
  if (skipPrototype) return comparisons.isDeepStrictEqual(a, b, true);
  return comparisons.isDeepStrictEqual(a, b);
}

function convertProcessSignalToExitCode(signalCode) {
  validateOneOf(signalCode, 'signalCode', Object.keys(signals));
  return 128 + signals[signalCode];
}

function isAbortSignal(value) {
  if (typeof AbortSignal === 'function') return value instanceof AbortSignal;
  return value !== null && typeof value === 'object' && 'aborted' in value;
}

async function aborted(signal, resource) {
  if (!isAbortSignal(signal)) {
    // Raised by a WebIDL converter in Node: plain "TypeError: msg".
    throw errors.createNativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                                   'signal is not of type AbortSignal.');
  }
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return Promise.resolve();
  const deferred = createDeferredPromise();
  signal.addEventListener('abort', () => deferred.resolve(), { once: true });
  return deferred.promise;
}

// dotenv syntax: KEY=value lines, '#' comments, optional `export `, values
// in '', "" (escapes \n) or `` quotes; double quotes may span lines.
function parseEnv(content) {
  validateString(content, 'content');
  const result = {};
  const lines = content.replace(/\r\n?/g, '\n');
  let pos = 0;
  const len = lines.length;
  while (pos < len) {
    let eol = lines.indexOf('\n', pos);
    if (eol === -1) eol = len;
    let line = lines.slice(pos, eol);
    pos = eol + 1;
    line = line.trim();
    if (line === '' || line[0] === '#') continue;
    if (line.startsWith('export ')) line = line.slice(7).trimStart();
    const eq = line.indexOf('=');
    if (eq === -1) continue;
    const key = line.slice(0, eq).trim();
    if (key === '') continue;
    let value = line.slice(eq + 1).trimStart();
    const q = value[0];
    if (q === '"' || q === "'" || q === '`') {
      let close = value.indexOf(q, 1);
      if (close === -1 && q === '"') {
        // Multi-line value: keep reading until the closing quote.
        let rest = value;
        let p = pos;
        let found = false;
        while (p <= len) {
          let e = lines.indexOf('\n', p);
          if (e === -1) e = len;
          rest += '\n' + lines.slice(p, e);
          p = e + 1;
          const c = rest.indexOf(q, 1);
          if (c !== -1) {
            value = rest;
            close = c;
            pos = p;
            found = true;
            break;
          }
          if (e >= len) break;
        }
        if (!found) close = -1;
      }
      if (close !== -1) {
        value = value.slice(1, close);
        if (q === '"') value = value.replace(/\\n/g, '\n');
        result[key] = value;
        continue;
      }
    }
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    result[key] = value.trim();
  }
  // Node's parser keeps the variables in a sorted map.
  const sorted = {};
  for (const key of Object.keys(result).sort()) sorted[key] = result[key];
  return sorted;
}

// Myers' diff over two strings (by character) or arrays: a list of
// [op, value] with 0 = same, 1 = only in actual, -1 = only in expected.
function diff(actual, expected) {
  if (!Array.isArray(actual)) validateString(actual, 'actual');
  if (!Array.isArray(expected)) validateString(expected, 'expected');
  if (actual === expected) return [];
  const a = typeof actual === 'string' ? [...actual] : actual;
  const b = typeof expected === 'string' ? [...expected] : expected;
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Array(2 * max + 2).fill(0);
  const trace = [];
  let done = false;
  for (let d = 0; d <= max && !done; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x;
      if (k === -d || (k !== d && v[k - 1 + max] < v[k + 1 + max])) {
        x = v[k + 1 + max];
      } else {
        x = v[k - 1 + max] + 1;
      }
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[k + max] = x;
      if (x >= n && y >= m) {
        done = true;
        break;
      }
    }
  }
  const result = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const vv = trace[d];
    const k = x - y;
    let prevK;
    if (k === -d || (k !== d && vv[k - 1 + max] < vv[k + 1 + max])) {
      prevK = k + 1;
    } else {
      prevK = k - 1;
    }
    const prevX = vv[prevK + max];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      result.push([0, a[x - 1]]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) result.push([-1, b[y - 1]]);
      else result.push([1, a[x - 1]]);
    }
    x = prevX;
    y = prevY;
  }
  return result.reverse();
}

// Call sites of the caller, read through the engine's V8-compatible
// Error.prepareStackTrace hook.
function getCallSites(frameCount = 10, options) {
  if (options === undefined && frameCount !== null && typeof frameCount === 'object') {
    options = frameCount;
    frameCount = 10;
  }
  if (options !== undefined) validateObject(options, 'options');
  validateInteger(frameCount, 'frameCount', 1, 200);
  const holder = {};
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  let sites = [];
  try {
    Error.prepareStackTrace = (err, callSites) => callSites;
    Error.stackTraceLimit = frameCount;
    Error.captureStackTrace(holder, getCallSites);
    sites = holder.stack;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
  if (!Array.isArray(sites)) return [];
  const result = [];
  for (let i = 0; i < sites.length && i < frameCount; i++) {
    const site = sites[i];
    const column = site.getColumnNumber?.() ?? 0;
    result.push({
      functionName: site.getFunctionName?.() ?? '',
      scriptId: `${site.getScriptId?.() ?? 0}`,
      scriptName: site.getFileName?.() ?? '',
      lineNumber: site.getLineNumber?.() ?? 0,
      columnNumber: column,
      column,
    });
  }
  return result;
}

function setTraceSigInt(enable) {
  validateBoolean(enable, 'enable');
}

function lazyAbortController() {
  return require('internal/abort_controller');
}

module.exports = {
  _errnoException: ErrnoException,
  _exceptionWithHostPort: ExceptionWithHostPort,
  _extend: deprecate(_extend,
                     'The `util._extend` API is deprecated. Please use Object.assign() instead.',
                     'DEP0060'),
  callbackify,
  convertProcessSignalToExitCode,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: deprecate(Array.isArray,
                     'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.',
                     'DEP0044'),
  isDeepStrictEqual,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  get transferableAbortSignal() {
    return lazyAbortController().transferableAbortSignal;
  },
  get transferableAbortController() {
    return lazyAbortController().transferableAbortController;
  },
  get aborted() {
    return aborted;
  },
  types,
  parseEnv,
  // Placeholders keep Node's key order; defined lazily below.
  parseArgs: undefined,
  TextDecoder: undefined,
  TextEncoder: undefined,
  diff,
  setTraceSigInt,
};

// As in Node: loaded on first access (each becomes a data property then).
defineLazyProperties(module.exports, 'internal/util/parse_args', ['parseArgs']);
defineLazyProperties(module.exports, 'internal/encoding', ['TextDecoder', 'TextEncoder']);
