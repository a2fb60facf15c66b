'use strict';

// Deep equality as util.isDeepStrictEqual and assert.deep(Strict)Equal see
// it: prototypes and tags (strict), own enumerable keys and symbols, holes,
// Map/Set with object keys, typed arrays and buffers, boxed primitives,
// Dates, RegExps (with lastIndex), Errors (name, message, cause, errors) and
// cycles.

const types = require('internal/util/types');

const kStrict = 1;
const kLoose = 0;
const kPartial = 2;

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

const hasOwn = Object.prototype.hasOwnProperty;
const propertyIsEnumerable = Object.prototype.propertyIsEnumerable;
const objectToString = Object.prototype.toString;

function isObjectLike(v) {
  return v !== null && typeof v === 'object';
}

function isError(v) {
  return types.isNativeError(v) || v instanceof Error;
}

function areSimilarRegExps(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function areSimilarFloatArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function areEqualBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return false;
  }
  return true;
}

function areEqualArrayBuffers(a, b) {
  return a.byteLength === b.byteLength &&
    areEqualBytes(new Uint8Array(a), new Uint8Array(b));
}

function isEqualBoxedPrimitive(a, b) {
  if (types.isNumberObject(a)) {
    return types.isNumberObject(b) &&
      Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (types.isStringObject(a)) {
    return types.isStringObject(b) &&
      String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (types.isBooleanObject(a)) {
    return types.isBooleanObject(b) &&
      Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (types.isBigIntObject(a)) {
    return types.isBigIntObject(b) &&
      BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (types.isSymbolObject(a)) {
    return types.isSymbolObject(b) &&
      Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

function isFloatTag(tag) {
  return tag === '[object Float32Array]' || tag === '[object Float64Array]' ||
    tag === '[object Float16Array]';
}

function innerDeepEqual(val1, val2, mode, memos) {
  if (val1 === val2) {
    return val1 !== 0 || Object.is(val1, val2) || mode === kLoose;
  }

  if (mode !== kLoose) {
    if (typeof val1 !== 'object') {
      return typeof val1 === 'number' && Number.isNaN(val1) && Number.isNaN(val2);
    }
    if (typeof val2 !== 'object' || val1 === null || val2 === null) return false;
  } else {
    if (val1 === null || typeof val1 !== 'object') {
      if (val2 === null || typeof val2 !== 'object') {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (Number.isNaN(val1) && Number.isNaN(val2));
      }
      return false;
    }
    if (val2 === null || typeof val2 !== 'object') return false;
  }
  return detectCycles(val1, val2, mode, memos);
}

// Cycles: the first two levels compare the pair on the path exactly; from
// the third level on, every object on the path (either side) goes in a set.
// Meeting both values again means a matching cycle (equal); meeting only one
// of them means the shapes differ.
function detectCycles(val1, val2, mode, memos) {
  if (memos === undefined) {
    memos = { set: undefined, a: val1, b: val2, c: undefined, d: undefined, deep: false };
    return objectComparisonStart(val1, val2, mode, memos);
  }
  if (memos.set === undefined) {
    if (memos.deep === false) {
      if (memos.a === val1) return memos.b === val2;
      if (memos.b === val2) return false;
      memos.c = val1;
      memos.d = val2;
      memos.deep = true;
      const result = objectComparisonStart(val1, val2, mode, memos);
      memos.deep = false;
      if (memos.set !== undefined) {
        memos.set.delete(val1);
        memos.set.delete(val2);
      }
      return result;
    }
    memos.set = new Set([memos.a, memos.b, memos.c, memos.d]);
  }
  const set = memos.set;
  const originalSize = set.size;
  set.add(val1);
  set.add(val2);
  if (originalSize !== set.size - 2) {
    return originalSize === set.size;
  }
  const areEq = objectComparisonStart(val1, val2, mode, memos);
  set.delete(val1);
  set.delete(val2);
  return areEq;
}

function objectComparisonStart(val1, val2, mode, memos) {
  if (mode === kStrict) {
    if (Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)) return false;
  }
  const val1Tag = objectToString.call(val1);
  const val2Tag = objectToString.call(val2);
  if (val1Tag !== val2Tag) return false;

  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) return false;
    const keys1 = getOwnNonIndexProperties(val1, mode);
    const keys2 = getOwnNonIndexProperties(val2, mode);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, mode, memos, kIsArray, keys1);
  } else if (val1Tag === '[object Object]' && !types.isBoxedPrimitive(val1) &&
             !types.isDate(val1) && !types.isRegExp(val1) && !isError(val1) &&
             !types.isPromise(val1) && !types.isWeakMap(val1) && !types.isWeakSet(val1)) {
    if (types.isBoxedPrimitive(val2) || types.isDate(val2) || types.isRegExp(val2) ||
        isError(val2) || Array.isArray(val2) || types.isMap(val2) || types.isSet(val2) ||
        types.isPromise(val2) || types.isWeakMap(val2) || types.isWeakSet(val2)) {
      return false;
    }
    return keyCheck(val1, val2, mode, memos, kNoIterator);
  } else if (types.isDate(val1)) {
    if (!types.isDate(val2)) return false;
    const t1 = Date.prototype.getTime.call(val1);
    const t2 = Date.prototype.getTime.call(val2);
    if (t1 !== t2 && !(Number.isNaN(t1) && Number.isNaN(t2))) return false;
  } else if (types.isRegExp(val1)) {
    if (!types.isRegExp(val2) || !areSimilarRegExps(val1, val2)) return false;
  } else if (isError(val1)) {
    if (!isError(val2) || val1.message !== val2.message || val1.name !== val2.name) {
      return false;
    }
    const c1 = hasOwn.call(val1, 'cause');
    if (c1 !== hasOwn.call(val2, 'cause') ||
        (c1 && !innerDeepEqual(val1.cause, val2.cause, mode, memos))) {
      return false;
    }
    const e1 = hasOwn.call(val1, 'errors');
    if (e1 !== hasOwn.call(val2, 'errors') ||
        (e1 && !innerDeepEqual(val1.errors, val2.errors, mode, memos))) {
      return false;
    }
  } else if (types.isArrayBufferView(val1)) {
    if (!types.isArrayBufferView(val2)) return false;
    if (mode === kLoose && isFloatTag(val1Tag)) {
      if (!areSimilarFloatArrays(val1, val2)) return false;
    } else if (!areEqualBytes(val1, val2)) {
      return false;
    }
    const keys1 = getOwnNonIndexProperties(val1, mode);
    const keys2 = getOwnNonIndexProperties(val2, mode);
    if (keys1.length !== keys2.length) return false;
    return keyCheck(val1, val2, mode, memos, kNoIterator, keys1);
  } else if (types.isSet(val1)) {
    if (!types.isSet(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, mode, memos, kIsSet);
  } else if (types.isMap(val1)) {
    if (!types.isMap(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, mode, memos, kIsMap);
  } else if (types.isAnyArrayBuffer(val1)) {
    if (!types.isAnyArrayBuffer(val2) || !areEqualArrayBuffers(val1, val2)) return false;
  } else if (types.isBoxedPrimitive(val1)) {
    if (!isEqualBoxedPrimitive(val1, val2)) return false;
  } else if (Array.isArray(val2) || types.isArrayBufferView(val2) || types.isSet(val2) ||
             types.isMap(val2) || types.isDate(val2) || types.isRegExp(val2) ||
             types.isAnyArrayBuffer(val2) || types.isBoxedPrimitive(val2) || isError(val2)) {
    return false;
  } else if (types.isPromise(val1) || types.isWeakMap(val1) || types.isWeakSet(val1) ||
             types.isPromise(val2) || types.isWeakMap(val2) || types.isWeakSet(val2)) {
    // Their contents can't be observed: only identical ones are equal.
    return false;
  }
  return keyCheck(val1, val2, mode, memos, kNoIterator);
}

function isIndexKey(key) {
  if (key.length === 0 || key.length > 10) return false;
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57 || (c === 48 && key.length > 1)) return false;
  for (let i = 1; i < key.length; i++) {
    const d = key.charCodeAt(i);
    if (d < 48 || d > 57) return false;
  }
  return Number(key) < 4294967295;
}

function getOwnNonIndexProperties(obj, mode) {
  const keys = Object.keys(obj);
  const out = [];
  for (let i = 0; i < keys.length; i++) {
    if (!isIndexKey(keys[i])) out.push(keys[i]);
  }
  if (mode !== kLoose) {
    const symbols = Object.getOwnPropertySymbols(obj);
    for (let i = 0; i < symbols.length; i++) {
      if (propertyIsEnumerable.call(obj, symbols[i])) out.push(symbols[i]);
    }
  }
  return out;
}

function getEnumerableSymbols(obj) {
  const symbols = Object.getOwnPropertySymbols(obj);
  const out = [];
  for (let i = 0; i < symbols.length; i++) {
    if (propertyIsEnumerable.call(obj, symbols[i])) out.push(symbols[i]);
  }
  return out;
}

function keyCheck(val1, val2, mode, memos, iterationType, keys2) {
  // keys2 given: non-index keys (and symbols) already collected for arrays
  // and typed arrays.
  if (keys2 === undefined) {
    keys2 = Object.keys(val1);
    if (keys2.length !== Object.keys(val2).length) return false;
    for (let i = 0; i < keys2.length; i++) {
      if (!propertyIsEnumerable.call(val2, keys2[i])) return false;
    }
    if (mode !== kLoose) {
      const symbolKeys1 = getEnumerableSymbols(val1);
      if (symbolKeys1.length !== getEnumerableSymbols(val2).length) return false;
      for (let i = 0; i < symbolKeys1.length; i++) {
        if (!propertyIsEnumerable.call(val2, symbolKeys1[i])) return false;
      }
      if (symbolKeys1.length !== 0) keys2 = keys2.concat(symbolKeys1);
    }
  } else {
    for (let i = 0; i < keys2.length; i++) {
      if (!propertyIsEnumerable.call(val2, keys2[i])) return false;
    }
  }

  if (keys2.length === 0 &&
      (iterationType === kNoIterator || (iterationType === kIsArray && val1.length === 0) ||
       val1.size === 0)) {
    return true;
  }

  return objEquiv(val1, val2, mode, keys2, memos, iterationType);
}

function setHasEqualElement(set, val1, mode, memo) {
  for (const val2 of set) {
    if (innerDeepEqual(val1, val2, mode, memo)) {
      set.delete(val2);
      return true;
    }
  }
  return false;
}

// In loose mode a primitive may equal a different primitive (1 == '1').
function findLooseMatchingPrimitives(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object':
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // Fall through
    case 'number':
      if (Number.isNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  return b.has(altValue) && !a.has(altValue);
}

function mapMightHaveLoosePrim(a, b, prim, item, memo) {
  const altValue = findLooseMatchingPrimitives(prim);
  if (altValue != null) return altValue;
  const curB = b.get(altValue);
  if ((curB === undefined && !b.has(altValue)) ||
      !innerDeepEqual(item, curB, kLoose, memo)) {
    return false;
  }
  return !a.has(altValue) && innerDeepEqual(item, curB, kLoose, memo);
}

function setEquiv(a, b, mode, memo) {
  let set = null;
  for (const val of a) {
    if (isObjectLike(val)) {
      if (set === null) set = new Set();
      set.add(val);
    } else if (!b.has(val)) {
      if (mode !== kLoose) return false;
      if (!setMightHaveLoosePrim(a, b, val)) return false;
      if (set === null) set = new Set();
      set.add(val);
    }
  }

  if (set !== null) {
    const bUnmatched = new Set();
    for (const val of b) {
      if (isObjectLike(val)) {
        bUnmatched.add(val);
      } else if (!a.has(val)) {
        if (mode !== kLoose) return false;
        bUnmatched.add(val);
      }
    }
    for (const val of set) {
      if (isObjectLike(val) || mode === kLoose) {
        if (!setHasEqualElement(bUnmatched, val, mode, memo)) return false;
      }
    }
    return bUnmatched.size === 0;
  }
  return true;
}

function mapHasEqualEntry(set, map, key1, item1, mode, memo) {
  for (const key2 of set) {
    if (innerDeepEqual(key1, key2, mode, memo) &&
        innerDeepEqual(item1, map.get(key2), mode, memo)) {
      set.delete(key2);
      return true;
    }
  }
  return false;
}

function mapEquiv(a, b, mode, memo) {
  let set = null;
  for (const { 0: key, 1: item1 } of a) {
    if (isObjectLike(key)) {
      if (set === null) set = new Set();
      set.add(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) ||
          !innerDeepEqual(item1, item2, mode, memo)) {
        if (mode !== kLoose) return false;
        if (!mapMightHaveLoosePrim(a, b, key, item1, memo)) return false;
        if (set === null) set = new Set();
        set.add(key);
      }
    }
  }

  if (set !== null) {
    const bUnmatched = new Set();
    for (const { 0: key, 1: item } of b) {
      if (isObjectLike(key)) {
        bUnmatched.add(key);
      } else if (mode === kLoose &&
                 (!a.has(key) || !innerDeepEqual(a.get(key), item, mode, memo))) {
        bUnmatched.add(key);
      } else if (mode !== kLoose && !a.has(key)) {
        return false;
      }
    }
    for (const key of set) {
      if (!mapHasEqualEntry(bUnmatched, b, key, a.get(key), mode, memo)) return false;
    }
    return bUnmatched.size === 0;
  }
  return true;
}

function objEquiv(a, b, mode, keys2, memos, iterationType) {
  let i = 0;
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, mode, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, mode, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (; i < a.length; i++) {
      if (hasOwn.call(a, i)) {
        if (!hasOwn.call(b, i) || !innerDeepEqual(a[i], b[i], mode, memos)) return false;
      } else if (hasOwn.call(b, i)) {
        return false;
      } else {
        // Holes: compare the remaining keys the slow way.
        const keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn.call(b, key) || !innerDeepEqual(a[key], b[key], mode, memos)) {
            return false;
          }
        }
        if (keysA.length !== Object.keys(b).length) return false;
        break;
      }
    }
  }

  for (i = 0; i < keys2.length; i++) {
    const key = keys2[i];
    if (!innerDeepEqual(a[key], b[key], mode, memos)) return false;
  }
  return true;
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, kLoose);
}

function isDeepStrictEqual(val1, val2, skipPrototype) {
  if (skipPrototype) return innerDeepEqual(val1, val2, kPartial);
  return innerDeepEqual(val1, val2, kStrict);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
