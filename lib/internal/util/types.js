'use strict';

// util.types: brand checks. With internalBinding('types') they are answered by
// the engine (class ids, no user code run). The JS fallbacks call built-in
// getters/methods that throw for objects lacking the internal slot, so a
// Symbol.toStringTag or a swapped prototype can't fool them; a thrown error
// per miss is slow in QuickJS, so misses are ruled out cheaply first where
// that can be done exactly.

const binding = internalBinding('util');
let typesBinding;
try {
  typesBinding = internalBinding('types');
} catch {
  typesBinding = undefined;
}

const objectToString = Object.prototype.toString;

function getter(proto, name) {
  const desc = Object.getOwnPropertyDescriptor(proto, name);
  return desc && desc.get;
}

// Calls `fn` with `value` as receiver; true when it didn't throw.
function brand(fn, value) {
  try {
    fn.call(value);
    return true;
  } catch {
    return false;
  }
}

// For classes that have a built-in tag in Object.prototype.toString (Date,
// RegExp, Number, String, Boolean): the tag comes from the internal slot
// unless the object carries a string Symbol.toStringTag, so a different tag
// without one is an exact "no". A proxy has none of its target's slots and
// must not see its traps run.
function slotTag(value, tag, fn) {
  if (value === null || typeof value !== 'object' || binding.isProxy(value)) return false;
  if (objectToString.call(value) !== tag) {
    if (typeof value[Symbol.toStringTag] !== 'string') return false;
    // The usual tagged objects, typed arrays, are exactly something else.
    if (typedArrayTag.call(value) !== undefined) return false;
  }
  return brand(fn, value);
}

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = getter(TypedArrayPrototype, Symbol.toStringTag);
const arrayBufferByteLength = getter(ArrayBuffer.prototype, 'byteLength');
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;
const dataViewBuffer = getter(DataView.prototype, 'buffer');
const mapSize = getter(Map.prototype, 'size');
const setSize = getter(Set.prototype, 'size');
const regExpSource = getter(RegExp.prototype, 'source');
const weakMapHas = WeakMap.prototype.has;
const weakSetHas = WeakSet.prototype.has;
const dateGetTime = Date.prototype.getTime;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigIntValueOf = BigInt.prototype.valueOf;
const symbolValueOf = Symbol.prototype.valueOf;

const AsyncFunctionPrototype = Object.getPrototypeOf(async function() {});
const GeneratorFunctionPrototype = Object.getPrototypeOf(function*() {});
const AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(async function*() {});
const GeneratorPrototype = GeneratorFunctionPrototype.prototype;
const AsyncGeneratorPrototype = AsyncGeneratorFunctionPrototype.prototype;
const MapIteratorPrototype = Object.getPrototypeOf(new Map().entries());
const SetIteratorPrototype = Object.getPrototypeOf(new Set().entries());

function isObjectLike(value) {
  return value !== null && typeof value === 'object';
}

function isArrayBuffer(value) {
  return isObjectLike(value) && brand(arrayBufferByteLength, value);
}

function isSharedArrayBuffer(value) {
  return sharedArrayBufferByteLength !== undefined && isObjectLike(value) &&
    brand(sharedArrayBufferByteLength, value);
}

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isTypedArray(value) {
  return typedArrayTag.call(value) !== undefined;
}

// The computed key names the function (isUint8Array, ...).
function tagIs(name) {
  const key = `is${name}`;
  return { [key]: (value) => typedArrayTag.call(value) === name }[key];
}

function isDataView(value) {
  return isObjectLike(value) && brand(dataViewBuffer, value);
}

function isDate(value) {
  return slotTag(value, '[object Date]', dateGetTime);
}

function isRegExp(value) {
  // The source getter answers "(?:)" for RegExp.prototype itself, which is
  // not a RegExp instance.
  return value !== RegExp.prototype && slotTag(value, '[object RegExp]', regExpSource);
}

function isMap(value) {
  return isObjectLike(value) && brand(mapSize, value);
}

function isSet(value) {
  return isObjectLike(value) && brand(setSize, value);
}

function isWeakMap(value) {
  if (!isObjectLike(value)) return false;
  try {
    weakMapHas.call(value, {});
    return true;
  } catch {
    return false;
  }
}

function isWeakSet(value) {
  if (!isObjectLike(value)) return false;
  try {
    weakSetHas.call(value, {});
    return true;
  } catch {
    return false;
  }
}

// Iterators have no side-effect-free brand check in JS; the prototype plus
// the built-in tag is the closest.
function isMapIterator(value) {
  return isObjectLike(value) && MapIteratorPrototype.isPrototypeOf(value) &&
    objectToString.call(value) === '[object Map Iterator]';
}

function isSetIterator(value) {
  return isObjectLike(value) && SetIteratorPrototype.isPrototypeOf(value) &&
    objectToString.call(value) === '[object Set Iterator]';
}

function isNumberObject(value) {
  return slotTag(value, '[object Number]', numberValueOf);
}

function isStringObject(value) {
  return slotTag(value, '[object String]', stringValueOf);
}

function isBooleanObject(value) {
  return slotTag(value, '[object Boolean]', booleanValueOf);
}

function isBigIntObject(value) {
  return isObjectLike(value) && brand(bigIntValueOf, value);
}

function isSymbolObject(value) {
  return isObjectLike(value) && brand(symbolValueOf, value);
}

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

const errorIsError = typeof Error.isError === 'function' ? Error.isError : undefined;

function isNativeError(value) {
  if (errorIsError !== undefined) return errorIsError(value);
  if (!isObjectLike(value)) return false;
  // Without Error.isError: the built-in tag is reliable when nothing
  // overrides Symbol.toStringTag.
  if (value[Symbol.toStringTag] === undefined) {
    return objectToString.call(value) === '[object Error]';
  }
  return value instanceof Error;
}

function isArgumentsObject(value) {
  return isObjectLike(value) && value[Symbol.toStringTag] === undefined &&
    objectToString.call(value) === '[object Arguments]';
}

function isAsyncFunction(value) {
  if (typeof value !== 'function') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === AsyncFunctionPrototype || proto === AsyncGeneratorFunctionPrototype;
}

function isGeneratorFunction(value) {
  if (typeof value !== 'function') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === GeneratorFunctionPrototype || proto === AsyncGeneratorFunctionPrototype;
}

function isGeneratorObject(value) {
  if (!isObjectLike(value)) return false;
  const tag = objectToString.call(value);
  return (tag === '[object Generator]' && GeneratorPrototype.isPrototypeOf(value)) ||
    (tag === '[object AsyncGenerator]' && AsyncGeneratorPrototype.isPrototypeOf(value));
}

function isPromise(value) {
  return binding.isPromise(value);
}

function isProxy(value) {
  return binding.isProxy(value);
}

// Namespace objects are null-prototype, non-extensible and tagged 'Module'.
function isModuleNamespaceObject(value) {
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== null ||
      Object.isExtensible(value)) {
    return false;
  }
  const tag = Object.getOwnPropertyDescriptor(value, Symbol.toStringTag);
  return tag !== undefined && tag.value === 'Module';
}

function isExternal(value) {
  return false;
}

function isKeyObject(value) {
  return false;
}

function isCryptoKey(value) {
  return false;
}

// Node's checks that come from V8 are nameless with length 0 (the binding's
// are made so); the others are JS functions of one argument.
function native(name, fallback) {
  const fn = typesBinding !== undefined ? typesBinding[name] : undefined;
  if (typeof fn === 'function') return fn;
  try {
    Object.defineProperty(fallback, 'name', { __proto__: null, value: '', configurable: true });
    Object.defineProperty(fallback, 'length', { __proto__: null, value: 0, configurable: true });
  } catch {
    // A function with fixed name/length still answers correctly.
  }
  return fallback;
}

function js(name, fallback) {
  const fn = typesBinding !== undefined ? typesBinding[name] : undefined;
  return typeof fn === 'function' ? fn : fallback;
}

module.exports = {
  isArgumentsObject: native('isArgumentsObject', isArgumentsObject),
  isArrayBuffer: native('isArrayBuffer', isArrayBuffer),
  isAsyncFunction: native('isAsyncFunction', isAsyncFunction),
  isBigIntObject: native('isBigIntObject', isBigIntObject),
  isBooleanObject: native('isBooleanObject', isBooleanObject),
  isDate: native('isDate', isDate),
  isExternal: native('isExternal', isExternal),
  isGeneratorFunction: native('isGeneratorFunction', isGeneratorFunction),
  isGeneratorObject: native('isGeneratorObject', isGeneratorObject),
  isMap: native('isMap', isMap),
  isMapIterator: native('isMapIterator', isMapIterator),
  isModuleNamespaceObject: native('isModuleNamespaceObject', isModuleNamespaceObject),
  isNativeError: native('isNativeError', isNativeError),
  isNumberObject: native('isNumberObject', isNumberObject),
  isPromise: native('isPromise', isPromise),
  isProxy: native('isProxy', isProxy),
  isRegExp: native('isRegExp', isRegExp),
  isSet: native('isSet', isSet),
  isSetIterator: native('isSetIterator', isSetIterator),
  isSharedArrayBuffer: native('isSharedArrayBuffer', isSharedArrayBuffer),
  isStringObject: native('isStringObject', isStringObject),
  isSymbolObject: native('isSymbolObject', isSymbolObject),
  isWeakMap: native('isWeakMap', isWeakMap),
  isWeakSet: native('isWeakSet', isWeakSet),
  isAnyArrayBuffer: native('isAnyArrayBuffer', isAnyArrayBuffer),
  isBoxedPrimitive: native('isBoxedPrimitive', isBoxedPrimitive),
  isArrayBufferView: ArrayBuffer.isView,
  isDataView: js('isDataView', isDataView),
  isTypedArray: js('isTypedArray', isTypedArray),
  isUint8Array: tagIs('Uint8Array'),
  isUint8ClampedArray: tagIs('Uint8ClampedArray'),
  isUint16Array: tagIs('Uint16Array'),
  isUint32Array: tagIs('Uint32Array'),
  isInt8Array: tagIs('Int8Array'),
  isInt16Array: tagIs('Int16Array'),
  isInt32Array: tagIs('Int32Array'),
  isFloat16Array: tagIs('Float16Array'),
  isFloat32Array: tagIs('Float32Array'),
  isFloat64Array: tagIs('Float64Array'),
  isBigInt64Array: tagIs('BigInt64Array'),
  isBigUint64Array: tagIs('BigUint64Array'),
  isKeyObject,
  isCryptoKey,
};
