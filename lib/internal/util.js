'use strict';

// Helpers Node keeps in internal/util: deprecate, promisify, once,
// system-error names, lazy properties, encoding names, and friends.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_SIGNAL,
  },
  uvErrmapGet,
  getUvErrorMap,
  isErrorStackTraceLimitWritable,
} = require('internal/errors');

const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = { __proto__: null };
kEnumerableProperty.enumerable = true;
Object.freeze(kEnumerableProperty);

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');
const customPromisifyArgs = Symbol('customPromisifyArgs');
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kVmBreakFirstLineSymbol = Symbol('kVmBreakFirstLineSymbol');

const codesWarned = new Set();

let validateStringLazy;
function validateString(value, name) {
  if (validateStringLazy === undefined) {
    validateStringLazy = require('internal/validators').validateString;
  }
  validateStringLazy(value, name);
}

// Wraps `fn` so that its first call emits a DeprecationWarning (once per
// code when a code is given).
function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');

  let warned = false;
  function deprecated(...args) {
    if (!warned && typeof process === 'object' && process !== null && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target) {
      return Reflect.construct(fn, args, new.target);
    }
    return Reflect.apply(fn, this, args);
  }

  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) {
    deprecated.prototype = fn.prototype;
  }
  Object.defineProperty(deprecated, 'length', {
    __proto__: null, value: typeof fn.length === 'number' ? fn.length : 0, configurable: true,
  });
  return deprecated;
}

function emitExperimentalWarning(feature, messagePrefix, code, ...args) {
  const key = `ExperimentalWarning:${feature}`;
  if (experimentalWarnings.has(key)) return;
  experimentalWarnings.add(key);
  const msg = messagePrefix ?
    `${messagePrefix}${feature} is an experimental feature and might change at any time` :
    `${feature} is an experimental feature and might change at any time`;
  process.emitWarning(msg, 'ExperimentalWarning', code, ...args);
}
const experimentalWarnings = new Set();

function promisify(original) {
  if (typeof original !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('original', 'Function', original);
  }

  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    if (typeof fn !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('util.promisify.custom', 'Function', fn);
    }
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
    });
  }

  // Names for the values of a callback with several results, e.g. dns.lookup.
  const argumentNames = original[customPromisifyArgs];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) {
          return reject(err);
        }
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) {
            obj[argumentNames[i]] = values[i];
          }
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));

  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });

  const descriptors = Object.getOwnPropertyDescriptors(original);
  const keys = Reflect.ownKeys(descriptors);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const desc = descriptors[key];
    // Strict functions have poisoned caller/arguments that can't be redefined.
    if (!desc.configurable) {
      const own = Object.getOwnPropertyDescriptor(fn, key);
      if (own !== undefined && !own.configurable) continue;
    }
    try {
      Object.defineProperty(fn, key, desc);
    } catch {
      // Keep going: a property the wrapper can't take is not essential.
    }
  }
  return fn;
}

promisify.custom = kCustomPromisifiedSymbol;

function once(callback, { preserveReturnValue = false } = kEmptyObject) {
  let called = false;
  let returnValue;
  return function(...args) {
    if (called) return returnValue;
    called = true;
    const result = Reflect.apply(callback, this, args);
    returnValue = preserveReturnValue ? result : undefined;
    return result;
  };
}

function getSystemErrorName(err) {
  require('internal/validators').validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  const entry = uvErrmapGet(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function getSystemErrorMessage(err) {
  require('internal/validators').validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  const entry = uvErrmapGet(err);
  return entry ? entry[1] : `Unknown system error ${err}`;
}

function getSystemErrorMap() {
  return getUvErrorMap();
}

let typesLazy;
function isError(e) {
  if (typesLazy === undefined) typesLazy = require('internal/util/types');
  return typesLazy.isNativeError(e) || e instanceof Error;
}

let DOMExceptionLazy;
function lazyDOMExceptionClass() {
  if (DOMExceptionLazy === undefined) {
    DOMExceptionLazy = require('internal/per_context/domexception').DOMException;
  }
  return DOMExceptionLazy;
}

function lazyDOMException(message, name) {
  const DOMException = lazyDOMExceptionClass();
  return new DOMException(message, name);
}

// Defines getters on `target` that require `id` on first access and then
// turn into plain data properties.
function defineLazyProperties(target, id, keys, enumerable = true) {
  const descriptors = { __proto__: null };
  let mod;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    let lazyLoadedValue;
    function set(value) {
      Object.defineProperty(target, key, {
        __proto__: null, writable: true, value,
      });
    }
    Object.defineProperty(set, 'name', { __proto__: null, value: `set ${key}` });
    function get() {
      mod ??= require(id);
      if (lazyLoadedValue === undefined) {
        lazyLoadedValue = mod[key];
        set(lazyLoadedValue);
      }
      return lazyLoadedValue;
    }
    Object.defineProperty(get, 'name', { __proto__: null, value: `get ${key}` });
    descriptors[key] = { __proto__: null, configurable: true, enumerable, get, set };
  }
  Object.defineProperties(target, descriptors);
}

function defineReplaceableLazyAttribute(target, id, keys, writable = true, check) {
  let mod;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    let value;
    let setterCalled = false;
    function get() {
      if (check !== undefined) check(this);
      if (setterCalled) return value;
      mod ??= require(id);
      value ??= mod[key];
      return value;
    }
    Object.defineProperty(get, 'name', { __proto__: null, value: `get ${key}` });
    function set(val) {
      setterCalled = true;
      value = val;
    }
    Object.defineProperty(set, 'name', { __proto__: null, value: `set ${key}` });
    Object.defineProperty(target, key, {
      __proto__: null, enumerable: true, configurable: true, get, set: writable ? set : undefined,
    });
  }
}

function exposeInterface(target, name, interfaceObject) {
  Object.defineProperty(target, name, {
    __proto__: null, writable: true, enumerable: false, configurable: true, value: interfaceObject,
  });
}

function exposeNamespace(target, name, namespaceObject) {
  Object.defineProperty(target, name, {
    __proto__: null, writable: true, enumerable: false, configurable: true, value: namespaceObject,
  });
}

function exposeGetterAndSetter(target, name, getter, setter = undefined) {
  Object.defineProperty(target, name, {
    __proto__: null, enumerable: false, configurable: true, get: getter, set: setter,
  });
}

function exposeLazyInterfaces(target, id, keys) {
  defineLazyProperties(target, id, keys, false);
}

function setOwnProperty(obj, key, value) {
  return Object.defineProperty(obj, key, {
    __proto__: null, configurable: true, enumerable: true, value, writable: true,
  });
}

// A faster Array.prototype.splice(index, 1) for hot paths.
function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

// Array.prototype.join that doesn't look the method up on the array.
function join(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const lastIndex = output.length - 1;
    for (let i = 0; i < lastIndex; i++) {
      str += output[i];
      str += separator;
    }
    str += output[lastIndex];
  }
  return str;
}

function getConstructorOf(obj) {
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '') {
      return descriptor.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

function toUSVString(input) {
  const str = `${input}`;
  if (typeof str.toWellFormed === 'function') return str.toWellFormed();
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += str[i] + str[i + 1];
        i++;
        continue;
      }
    }
    out += (c >= 0xd800 && c <= 0xdfff) ? '\ufffd' : str[i];
  }
  return out;
}

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return slowCases(enc);
}

function slowCases(enc) {
  switch (enc.length) {
    case 4:
      if (enc === 'UTF8') return 'utf8';
      if (enc === 'ucs2' || enc === 'UCS2') return 'utf16le';
      enc = `${enc}`.toLowerCase();
      if (enc === 'utf8') return 'utf8';
      if (enc === 'ucs2') return 'utf16le';
      break;
    case 3:
      if (enc === 'hex' || enc === 'HEX' || `${enc}`.toLowerCase() === 'hex') return 'hex';
      break;
    case 5:
      if (enc === 'ascii') return 'ascii';
      if (enc === 'ucs-2') return 'utf16le';
      if (enc === 'UTF-8') return 'utf8';
      if (enc === 'ASCII') return 'ascii';
      if (enc === 'UCS-2') return 'utf16le';
      enc = `${enc}`.toLowerCase();
      if (enc === 'utf-8') return 'utf8';
      if (enc === 'ascii') return 'ascii';
      if (enc === 'ucs-2') return 'utf16le';
      break;
    case 6:
      if (enc === 'base64') return 'base64';
      if (enc === 'latin1' || enc === 'binary') return 'latin1';
      if (enc === 'BASE64') return 'base64';
      if (enc === 'LATIN1' || enc === 'BINARY') return 'latin1';
      enc = `${enc}`.toLowerCase();
      if (enc === 'base64') return 'base64';
      if (enc === 'latin1' || enc === 'binary') return 'latin1';
      break;
    case 7:
      if (enc === 'utf16le' || enc === 'UTF16LE' || `${enc}`.toLowerCase() === 'utf16le') {
        return 'utf16le';
      }
      break;
    case 8:
      if (enc === 'utf-16le' || enc === 'UTF-16LE' || `${enc}`.toLowerCase() === 'utf-16le') {
        return 'utf16le';
      }
      break;
    case 9:
      if (enc === 'base64url' || enc === 'BASE64URL' || `${enc}`.toLowerCase() === 'base64url') {
        return 'base64url';
      }
      break;
    default:
      if (enc === '') return 'utf8';
  }
}

function filterDuplicateStrings(items, low) {
  const map = new Map();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const key = item.toLowerCase();
    if (low) {
      map.set(key, key);
    } else {
      map.set(key, item);
    }
  }
  return Array.from(map.values()).sort();
}

function cachedResult(fn) {
  let result;
  return () => {
    if (result === undefined) result = fn();
    return result.slice();
  };
}

let signalsLazy;
function convertToValidSignal(signal) {
  signalsLazy ??= require('internal/validators').signals;
  if (typeof signal === 'number' && getSignalsToNamesMapping()[signal]) return signal;
  if (typeof signal === 'string') {
    const signalName = signalsLazy[signal.toUpperCase()];
    if (signalName) return signalName;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

let signalsToNamesMapping;
function getSignalsToNamesMapping() {
  if (signalsToNamesMapping !== undefined) return signalsToNamesMapping;
  signalsLazy ??= require('internal/validators').signals;
  signalsToNamesMapping = { __proto__: null };
  for (const key in signalsLazy) {
    signalsToNamesMapping[signalsLazy[key]] = key;
  }
  return signalsToNamesMapping;
}

function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function sleep(msec) {
  const end = Date.now() + msec;
  // Busy wait: there is no blocking sleep primitive in plain JS.
  while (Date.now() < end);
}

function isInsideNodeModules() {
  return false;
}

function SideEffectFreeRegExpPrototypeSymbolReplace(regex, string, replacement) {
  return String.prototype.replace.call(string, new RegExp(regex.source, regex.flags), replacement);
}

function SideEffectFreeRegExpPrototypeSymbolSplit(regex, string, limit = undefined) {
  return String.prototype.split.call(string, new RegExp(regex.source, regex.flags), limit);
}

function getLazy(initializer) {
  let value;
  let initialized = false;
  return function() {
    if (initialized === false) {
      value = initializer();
      initialized = true;
    }
    return value;
  };
}

function assignFunctionName(name, fn) {
  if (typeof name === 'symbol') {
    const description = name.description;
    name = description ? `[${description}]` : '';
  }
  Object.defineProperty(fn, 'name', { __proto__: null, value: name, configurable: true });
  return fn;
}

function guessHandleType() {
  return 'UNKNOWN';
}

const isWindows = false;
const isMacOS = false;

module.exports = {
  assignFunctionName,
  cachedResult,
  convertToValidSignal,
  createDeferredPromise,
  customInspectSymbol,
  customPromisifyArgs,
  defineLazyProperties,
  defineReplaceableLazyAttribute,
  deprecate,
  emitExperimentalWarning,
  exposeGetterAndSetter,
  exposeInterface,
  exposeLazyInterfaces,
  exposeNamespace,
  filterDuplicateStrings,
  getConstructorOf,
  getLazy,
  getSignalsToNamesMapping,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  guessHandleType,
  isError,
  isErrorStackTraceLimitWritable,
  isInsideNodeModules,
  isMacOS,
  isWindows,
  join,
  kCustomPromisifiedSymbol,
  kEmptyObject,
  kEnumerableProperty,
  kIsEncodingSymbol,
  kVmBreakFirstLineSymbol,
  lazyDOMException,
  lazyDOMExceptionClass,
  normalizeEncoding,
  once,
  promisify,
  setOwnProperty,
  SideEffectFreeRegExpPrototypeSymbolReplace,
  SideEffectFreeRegExpPrototypeSymbolSplit,
  sleep,
  slowCases,
  spliceOne,
  toUSVString,
};
