'use strict';

// structuredClone(value, { transfer }) in JS, following what V8's
// serializer keeps and drops: own enumerable string keys (getters run),
// holes and extra array keys, Map/Set, Date, RegExp (lastIndex reset),
// buffers and views, boxed primitives, Error basics; class instances become
// plain objects; anything else throws DOMException [DataCloneError].

const {
  codes: { ERR_MISSING_ARGS },
  createNativeError,
} = require('internal/errors');
const types = require('internal/util/types');

let DOMExceptionLazy;
function dataCloneError(message) {
  DOMExceptionLazy ??= require('internal/per_context/domexception').DOMException;
  return new DOMExceptionLazy(message, 'DataCloneError');
}

// Options errors come from native code in Node: plain "TypeError: msg".
function optionsError(message) {
  return createNativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                           `Failed to execute 'structuredClone': ${message}`);
}

const functionToString = Function.prototype.toString;
const objectToString = Object.prototype.toString;
const hasOwn = Object.prototype.hasOwnProperty;
const arrayBufferSlice = ArrayBuffer.prototype.slice;
const arrayBufferDetached = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'detached')?.get;
const arrayBufferResizable = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'resizable')?.get;
const arrayBufferTransfer = ArrayBuffer.prototype.transfer;
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;
const regExpSource = Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get;
const regExpFlags = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;
const ArrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
const StringIteratorPrototype = Object.getPrototypeOf(''[Symbol.iterator]());
const RegExpStringIteratorPrototype = Object.getPrototypeOf(/a/[Symbol.matchAll](''));

const typedArrayConstructors = {
  __proto__: null,
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};
if (typeof Float16Array === 'function') typedArrayConstructors.Float16Array = Float16Array;

const errorConstructors = {
  __proto__: null,
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

function isWeakRef(value) {
  if (typeof WeakRef !== 'function') return false;
  try {
    WeakRef.prototype.deref.call(value);
    return true;
  } catch {
    return false;
  }
}

function isFinalizationRegistry(value) {
  if (typeof FinalizationRegistry !== 'function') return false;
  try {
    FinalizationRegistry.prototype.unregister.call(value, {});
    return true;
  } catch {
    return false;
  }
}

function isDetached(buffer) {
  if (arrayBufferDetached !== undefined) return arrayBufferDetached.call(buffer);
  return false;
}

// How V8 names a value it refuses to clone.
// V8 prints built-ins as "function max() { [native code] }" on one line.
const nativeSource = /^function ([^(]*)\(\) \{\s+\[native code\]\s+\}$/;

function describe(value) {
  if (typeof value === 'function') {
    const source = functionToString.call(value);
    const native = nativeSource.exec(source);
    return native === null ? source : `function ${native[1]}() { [native code] }`;
  }
  if (typeof value === 'symbol') return String(value);
  if (types.isSymbolObject(value)) return '[object Symbol]';
  if (!types.isProxy(value)) {
    let obj = value;
    while (obj !== null) {
      const desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '') {
        return `#<${desc.value.name}>`;
      }
      if (desc !== undefined) break;
      obj = Object.getPrototypeOf(obj);
    }
    const tag = value[Symbol.toStringTag];
    if (typeof tag === 'string') return `[object ${tag}]`;
  }
  return '#<Object>';
}

function uncloneable(value) {
  return dataCloneError(`${describe(value)} could not be cloned.`);
}

function isPlainCloneable(value) {
  if (types.isProxy(value) || types.isPromise(value) || types.isWeakMap(value) ||
      types.isWeakSet(value) || types.isArgumentsObject(value) ||
      types.isGeneratorObject(value) || types.isMapIterator(value) ||
      types.isSetIterator(value) || types.isModuleNamespaceObject(value) ||
      isWeakRef(value) || isFinalizationRegistry(value)) {
    return false;
  }
  const tag = objectToString.call(value);
  if ((tag === '[object Array Iterator]' && ArrayIteratorPrototype.isPrototypeOf(value)) ||
      (tag === '[object String Iterator]' && StringIteratorPrototype.isPrototypeOf(value)) ||
      (tag === '[object RegExp String Iterator]' &&
       RegExpStringIteratorPrototype.isPrototypeOf(value))) {
    return false;
  }
  return true;
}

function cloneBuffer(buffer, state) {
  let clone = state.memory.get(buffer);
  if (clone !== undefined) return clone;
  if (types.isSharedArrayBuffer(buffer)) {
    // Shared memory is shared, not copied.
    state.memory.set(buffer, buffer);
    return buffer;
  }
  if (isDetached(buffer)) {
    throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
  }
  if (arrayBufferResizable !== undefined && arrayBufferResizable.call(buffer)) {
    clone = new ArrayBuffer(buffer.byteLength, { maxByteLength: buffer.maxByteLength });
    new Uint8Array(clone).set(new Uint8Array(buffer));
  } else {
    clone = arrayBufferSlice.call(buffer, 0);
  }
  state.memory.set(buffer, clone);
  return clone;
}

function cloneError(value, state) {
  let name = value.name;
  if (typeof name !== 'string' || errorConstructors[name] === undefined) name = 'Error';
  const Ctor = errorConstructors[name];
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let clone;
  try {
    clone = new Ctor();
  } finally {
    Error.stackTraceLimit = limit;
  }
  state.memory.set(value, clone);
  const stack = value.stack;
  Object.defineProperty(clone, 'stack', {
    __proto__: null, value: typeof stack === 'string' ? stack : undefined,
    writable: true, enumerable: false, configurable: true,
  });
  const messageDesc = Object.getOwnPropertyDescriptor(value, 'message');
  if (messageDesc !== undefined) {
    const message = hasOwn.call(messageDesc, 'value') ? messageDesc.value : value.message;
    if (message !== undefined) {
      Object.defineProperty(clone, 'message', {
        __proto__: null, value: `${message}`, writable: true, enumerable: false, configurable: true,
      });
    }
  }
  if (hasOwn.call(value, 'cause')) {
    Object.defineProperty(clone, 'cause', {
      __proto__: null, value: cloneValue(value.cause, state),
      writable: true, enumerable: false, configurable: true,
    });
  }
  return clone;
}

function cloneProperties(value, clone, state) {
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    // A getter may have deleted a later key.
    if (!hasOwn.call(value, key)) continue;
    clone[key] = cloneValue(value[key], state);
  }
}

function cloneValue(value, state) {
  const type = typeof value;
  if (type === 'function' || type === 'symbol') throw uncloneable(value);
  if (type !== 'object' || value === null) return value;

  const known = state.memory.get(value);
  if (known !== undefined) return known;

  if (Array.isArray(value) && !types.isProxy(value)) {
    const clone = new Array(value.length);
    state.memory.set(value, clone);
    cloneProperties(value, clone, state);
    return clone;
  }

  const taTag = typedArrayTag.call(value);
  if (taTag !== undefined) {
    const byteOffset = value.byteOffset;
    const length = value.length;
    const buffer = cloneBuffer(value.buffer, state);
    const clone = new typedArrayConstructors[taTag](buffer, byteOffset, length);
    state.memory.set(value, clone);
    return clone;
  }
  if (types.isDataView(value)) {
    const byteOffset = value.byteOffset;
    const byteLength = value.byteLength;
    const buffer = cloneBuffer(value.buffer, state);
    const clone = new DataView(buffer, byteOffset, byteLength);
    state.memory.set(value, clone);
    return clone;
  }
  if (types.isAnyArrayBuffer(value)) return cloneBuffer(value, state);

  if (types.isDate(value)) {
    const clone = new Date(Date.prototype.getTime.call(value));
    state.memory.set(value, clone);
    return clone;
  }
  if (types.isRegExp(value)) {
    const clone = new RegExp(regExpSource.call(value), regExpFlags.call(value));
    state.memory.set(value, clone);
    return clone;
  }
  if (types.isMap(value)) {
    const clone = new Map();
    state.memory.set(value, clone);
    const entries = [];
    Map.prototype.forEach.call(value, (v, k) => entries.push(k, v));
    for (let i = 0; i < entries.length; i += 2) {
      Map.prototype.set.call(clone, cloneValue(entries[i], state), cloneValue(entries[i + 1], state));
    }
    return clone;
  }
  if (types.isSet(value)) {
    const clone = new Set();
    state.memory.set(value, clone);
    const entries = [];
    Set.prototype.forEach.call(value, (v) => entries.push(v));
    for (let i = 0; i < entries.length; i++) {
      Set.prototype.add.call(clone, cloneValue(entries[i], state));
    }
    return clone;
  }
  if (types.isBoxedPrimitive(value)) {
    let clone;
    if (types.isNumberObject(value)) clone = Object(Number.prototype.valueOf.call(value));
    else if (types.isStringObject(value)) clone = Object(String.prototype.valueOf.call(value));
    else if (types.isBooleanObject(value)) clone = Object(Boolean.prototype.valueOf.call(value));
    else if (types.isBigIntObject(value)) clone = Object(BigInt.prototype.valueOf.call(value));
    else throw uncloneable(value);
    state.memory.set(value, clone);
    return clone;
  }
  DOMExceptionLazy ??= require('internal/per_context/domexception').DOMException;
  if (value instanceof DOMExceptionLazy) {
    const clone = new DOMExceptionLazy(value.message, value.name);
    Object.defineProperty(clone, 'stack', {
      __proto__: null, value: value.stack, writable: true, enumerable: false, configurable: true,
    });
    state.memory.set(value, clone);
    return clone;
  }
  if (types.isNativeError(value)) return cloneError(value, state);
  // Platform objects Node marks as not serializable.
  if ((typeof URL === 'function' && value instanceof URL) ||
      (typeof URLSearchParams === 'function' && value instanceof URLSearchParams)) {
    throw dataCloneError('Cannot clone object of unsupported type.');
  }

  if (!isPlainCloneable(value)) throw uncloneable(value);
  const clone = {};
  state.memory.set(value, clone);
  cloneProperties(value, clone, state);
  return clone;
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    throw new ERR_MISSING_ARGS('The value argument must be specified');
  }

  let transferList;
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw optionsError('Options cannot be converted to a dictionary');
    }
    const transfer = options.transfer;
    if (transfer !== undefined) {
      if (transfer === null || (typeof transfer !== 'object' && typeof transfer !== 'function') ||
          typeof transfer[Symbol.iterator] !== 'function') {
        throw optionsError('transfer in Options cannot be converted to sequence.');
      }
      transferList = [];
      let i = 0;
      for (const item of transfer) {
        if (item === null || (typeof item !== 'object' && typeof item !== 'function')) {
          throw optionsError(`transfer in Options[${i}] is not an object.`);
        }
        transferList.push(item);
        i++;
      }
    }
  }

  const state = { memory: new Map() };
  if (transferList !== undefined) {
    const seen = new Set();
    for (const item of transferList) {
      if (!types.isArrayBuffer(item)) {
        throw dataCloneError('Found invalid value in transferList.');
      }
      if (seen.has(item)) {
        throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
      }
      seen.add(item);
    }
    for (const item of transferList) {
      if (isDetached(item)) {
        throw dataCloneError('Cannot transfer object of unsupported type.');
      }
    }
    for (const item of transferList) {
      cloneBuffer(item, state);
    }
  }

  const result = cloneValue(value, state);

  // Transferred buffers end up detached in the sender.
  if (transferList !== undefined && typeof arrayBufferTransfer === 'function') {
    for (const item of transferList) arrayBufferTransfer.call(item, 0);
  }
  return result;
}

module.exports = {
  structuredClone,
};
