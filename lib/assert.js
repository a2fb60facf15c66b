'use strict';

// node:assert. The module is assert.ok itself with the other assertions as
// properties; they are also the methods of assert.Assert, whose instances
// carry options (diff, strict, skipPrototype) on `this`. Passing assertions
// do as little as possible: compare and return.

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_CONSTRUCT_CALL_REQUIRED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { innerOk, innerFail, isError } = require('internal/assert/utils');
const { validateFunction, validateOneOf } = require('internal/validators');
const { isPromise, isRegExp } = require('internal/util/types');

let comparisons;
function lazyComparisons() {
  if (comparisons === undefined) comparisons = require('internal/util/comparisons');
  return comparisons;
}
function isDeepEqual(a, b) {
  return lazyComparisons().isDeepEqual(a, b);
}
function isDeepStrictEqual(a, b, skipPrototype) {
  return lazyComparisons().isDeepStrictEqual(a, b, skipPrototype);
}
function isPartialStrictEqual(a, b) {
  const fn = lazyComparisons().isPartialStrictEqual;
  return typeof fn === 'function' ? fn(a, b) : partialStrictEqual(a, b, new Map());
}

let inspect;
function lazyInspect(value, options) {
  if (inspect === undefined) inspect = require('internal/util/inspect').inspect;
  return inspect(value, options);
}

const kOptions = Symbol('options');
const NO_EXCEPTION_SENTINEL = {};
let warnedFail = false;

function optionsOf(self) {
  return self != null && (typeof self === 'object' || typeof self === 'function') ?
    self[kOptions] : undefined;
}
function diffOf(self) {
  const options = optionsOf(self);
  return options === undefined ? undefined : options.diff;
}
function skipPrototypeOf(self) {
  const options = optionsOf(self);
  return options !== undefined && !!options.skipPrototype;
}

function Assert(options) {
  if (!new.target) throw new ERR_CONSTRUCT_CALL_REQUIRED('Assert');
  options = { __proto__: null, strict: true, skipPrototype: false, ...options };
  if (options.diff !== undefined) validateOneOf(options.diff, 'options.diff', ['simple', 'full']);
  this.AssertionError = AssertionError;
  this[kOptions] = options;
  if (options.strict) {
    this.equal = this.strictEqual;
    this.deepEqual = this.deepStrictEqual;
    this.notEqual = this.notStrictEqual;
    this.notDeepEqual = this.notDeepStrictEqual;
  }
}

// ---------------------------------------------------------------------------
// The assertions (Assert.prototype methods and module properties alike).

const proto = Assert.prototype;

proto.fail = function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFail) {
      warnedFail = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning',
        'DEP0094',
      );
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
    diff: diffOf(this),
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
};

proto.ok = function ok(...args) {
  if (!args[0]) innerOk(ok, args.length, args[0], args[1]);
};

proto.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (actual === actual || expected === expected)) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal, diff: diffOf(this) });
  }
};

proto.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (actual !== actual && expected !== expected)) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual, diff: diffOf(this) });
  }
};

proto.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (actual !== expected && !isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual, diff: diffOf(this) });
  }
};

proto.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (actual === expected || isDeepEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual, diff: diffOf(this),
    });
  }
};

proto.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!Object.is(actual, expected) && !isDeepStrictEqual(actual, expected, skipPrototypeOf(this))) {
    innerFail({
      actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual, diff: diffOf(this),
    });
  }
};

proto.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (Object.is(actual, expected) || isDeepStrictEqual(actual, expected, skipPrototypeOf(this))) {
    innerFail({
      actual,
      expected,
      message,
      operator: 'notDeepStrictEqual',
      stackStartFn: notDeepStrictEqual,
      diff: diffOf(this),
    });
  }
};

proto.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual, diff: diffOf(this) });
  }
};

proto.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (Object.is(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual, diff: diffOf(this),
    });
  }
};

proto.partialDeepStrictEqual = function partialDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!Object.is(actual, expected) && !isPartialStrictEqual(actual, expected)) {
    innerFail({
      actual,
      expected,
      message,
      operator: 'partialDeepStrictEqual',
      stackStartFn: partialDeepStrictEqual,
      diff: diffOf(this),
    });
  }
};

// ---------------------------------------------------------------------------
// throws / rejects / doesNotThrow / doesNotReject

// The objects throws() prints for an `{ key: value }` expectation: only the
// keys asked for, with RegExp expectations replaced by what they matched.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) &&
            obj[key].exec(actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({
        actual: a,
        expected: b,
        operator: 'deepStrictEqual',
        stackStartFn: fn,
      });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${lazyInspect(expected)}. Input:\n\n${lazyInspect(str)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual,
        expected,
        message,
        operator: 'deepStrictEqual',
        stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = 'The error is expected to be an instance of ' +
        `"${expected.name}". Received `;
      if (isError(actual)) {
        const name = actual.constructor?.name || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) {
          message += `\n\nError message:\n\n${actual.message}`;
        }
      } else {
        message += `"${lazyInspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    // A validation function.
    const res = Reflect.apply(expected, {}, [actual]);
    if (res === true) return;
    if (!message) {
      generatedMessage = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return` +
        ` "true". Received ${lazyInspect(res)}`;
      if (isError(actual)) {
        message += `\n\nCaught error:\n\n${actual}`;
      }
    }
  }
  const err = new AssertionError({
    actual,
    expected,
    message,
    operator: fn.name,
    stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function checkIsPromise(obj) {
  // Thenables with catch() count too, as they always have.
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' &&
     typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

// `argc` counts the (error, message) arguments the user passed.
function expectsError(stackStartFn, actual, argc, error, message) {
  if (typeof error === 'string') {
    if (argc === 2) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT(
          'error/message', `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT(
        'error/message', `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION_SENTINEL) {
    let details = '';
    if (error?.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === proto.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
    });
  }
  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION_SENTINEL) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === proto.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual?.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

proto.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), args.length, args[0], args[1]);
};

proto.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), args.length, args[0], args[1]);
};

proto.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

proto.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

// ---------------------------------------------------------------------------

proto.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    if (err.message.length === 0 && err.constructor) {
      message += err.constructor.name;
    } else {
      message += err.message;
    }
  } else {
    message += lazyInspect(err);
  }

  const newErr = new AssertionError({
    actual: err,
    expected: null,
    operator: 'ifError',
    message,
    stackStartFn: ifError,
    diff: diffOf(this),
  });

  // Continue the new stack with the frames of the original error, dropping
  // the frames both share.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const origStackStart = origStack.indexOf('\n    at');
    if (origStackStart !== -1) {
      const originalFrames = origStack.slice(origStackStart + 1).split('\n');
      let newFrames = newErr.stack.split('\n');
      for (const errFrame of originalFrames) {
        const pos = newFrames.indexOf(errFrame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
    }
  }
  throw newErr;
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) {
    throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  }
  const match = fn === proto.match;
  if (typeof string !== 'string' || (regexp.exec(string) !== null) !== match) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    message = message || (typeof string !== 'string' ?
      'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${lazyInspect(string)})` :
      (match ?
        'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
          `${lazyInspect(regexp)}. Input:\n\n${lazyInspect(string)}\n`);
    const err = new AssertionError({
      actual: string,
      expected: regexp,
      message,
      operator: fn.name,
      stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

proto.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

proto.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// ---------------------------------------------------------------------------
// partialDeepStrictEqual: every property of "expected" must be in "actual"
// (strictly deep-equal); arrays match as ordered subsequences and sets/maps
// as subsets; prototypes are not compared. Used when internal/util/comparisons
// does not provide isPartialStrictEqual.

const objectToString = Object.prototype.toString;
const hasOwn = Object.prototype.hasOwnProperty;

function isIndexKey(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  const n = +key;
  return n >>> 0 === n && n !== 4294967295 && String(n) === key;
}

function ownEnumerableKeys(obj, skipIndices) {
  const keys = Object.keys(obj);
  const result = [];
  for (let i = 0; i < keys.length; i++) {
    if (!skipIndices || !isIndexKey(keys[i])) result.push(keys[i]);
  }
  const symbols = Object.getOwnPropertySymbols(obj);
  for (let i = 0; i < symbols.length; i++) {
    if (Object.prototype.propertyIsEnumerable.call(obj, symbols[i])) result.push(symbols[i]);
  }
  return result;
}

function partialKeysEqual(actual, expected, memos, skipIndices) {
  const keys = ownEnumerableKeys(expected, skipIndices);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!hasOwn.call(actual, key) ||
        !Object.prototype.propertyIsEnumerable.call(actual, key) ||
        !partialStrictEqual(actual[key], expected[key], memos)) {
      return false;
    }
  }
  return true;
}

// Expected's elements, in order, each matched by a later element of actual.
function partialSequenceEqual(actual, expected, memos, isArray) {
  let j = 0;
  for (let i = 0; i < expected.length; i++) {
    if (isArray && !hasOwn.call(expected, i)) continue;
    const want = expected[i];
    let found = false;
    while (j < actual.length) {
      const has = !isArray || hasOwn.call(actual, j);
      const got = actual[j++];
      if (has && partialStrictEqual(got, want, memos)) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

function partialStrictEqual(actual, expected, memos) {
  if (Object.is(actual, expected)) return true;
  if (typeof actual !== 'object' || typeof expected !== 'object' ||
      actual === null || expected === null) {
    // Functions and primitives are only equal to themselves.
    return false;
  }
  const tag = objectToString.call(actual);
  if (tag !== objectToString.call(expected)) return false;
  if (Array.isArray(actual) !== Array.isArray(expected)) return false;

  // Cycles: a pair already being compared is assumed equal.
  let seen = memos.get(actual);
  if (seen !== undefined && seen.has(expected)) return true;
  if (seen === undefined) memos.set(actual, seen = new Set());
  seen.add(expected);

  if (Array.isArray(expected)) {
    return partialSequenceEqual(actual, expected, memos, true) &&
      partialKeysEqual(actual, expected, memos, true);
  }
  // Tags first: brand checks of the wrong kind are slow (they throw).
  if (tag === '[object Object]') return partialKeysEqual(actual, expected, memos, false);
  const types = require('internal/util/types');
  if (types.isArrayBufferView(expected)) {
    if (types.isDataView(expected)) {
      const a = new Uint8Array(actual.buffer, actual.byteOffset, actual.byteLength);
      const e = new Uint8Array(expected.buffer, expected.byteOffset, expected.byteLength);
      return partialSequenceEqual(a, e, memos, false) && partialKeysEqual(actual, expected, memos, false);
    }
    return partialSequenceEqual(actual, expected, memos, false) &&
      partialKeysEqual(actual, expected, memos, true);
  }
  switch (tag) {
    case '[object ArrayBuffer]':
    case '[object SharedArrayBuffer]':
      return partialSequenceEqual(new Uint8Array(actual), new Uint8Array(expected), memos, false);
    case '[object Date]':
      if (!Object.is(Date.prototype.getTime.call(actual), Date.prototype.getTime.call(expected))) {
        return false;
      }
      break;
    case '[object RegExp]':
      if (actual.source !== expected.source || actual.flags !== expected.flags ||
          actual.lastIndex !== expected.lastIndex) {
        return false;
      }
      break;
    case '[object Number]':
    case '[object String]':
    case '[object Boolean]':
    case '[object BigInt]':
    case '[object Symbol]':
      if (!Object.is(Object(actual).valueOf(), Object(expected).valueOf())) return false;
      break;
    case '[object Error]':
      if (actual.message !== expected.message || actual.name !== expected.name) return false;
      // Non-enumerable, yet compared when expected has them.
      for (const key of ['cause', 'errors']) {
        if (hasOwn.call(expected, key) &&
            (!hasOwn.call(actual, key) || !partialStrictEqual(actual[key], expected[key], memos))) {
          return false;
        }
      }
      break;
    case '[object Set]':
      if (!types.isSet(actual) || !types.isSet(expected)) break;
      for (const want of expected) {
        if (actual.has(want)) continue;
        if (typeof want !== 'object' || want === null) return false;
        let found = false;
        for (const got of actual) {
          if (typeof got === 'object' && got !== null && partialStrictEqual(got, want, memos)) {
            found = true;
            break;
          }
        }
        if (!found) return false;
      }
      break;
    case '[object Map]':
      if (!types.isMap(actual) || !types.isMap(expected)) break;
      for (const { 0: key, 1: want } of expected) {
        if (actual.has(key)) {
          if (!partialStrictEqual(actual.get(key), want, memos)) return false;
          continue;
        }
        if (typeof key !== 'object' || key === null) return false;
        let found = false;
        for (const { 0: k, 1: got } of actual) {
          if (typeof k === 'object' && k !== null && partialStrictEqual(k, key, memos) &&
              partialStrictEqual(got, want, memos)) {
            found = true;
            break;
          }
        }
        if (!found) return false;
      }
      break;
    case '[object Promise]':
    case '[object WeakMap]':
    case '[object WeakSet]':
      // Their contents can't be observed.
      return false;
  }
  return partialKeysEqual(actual, expected, memos, false);
}

// ---------------------------------------------------------------------------
// The module: assert.ok with everything else attached.

function ok(...args) {
  if (!args[0]) innerOk(ok, args.length, args[0], args[1]);
}

const assert = module.exports = ok;

assert.AssertionError = AssertionError;
assert.CallTracker = require('internal/util').deprecate(
  require('internal/assert/calltracker'),
  'assert.CallTracker is deprecated.',
  'DEP0173');
assert.ok = ok;
assert.fail = proto.fail;
assert.equal = proto.equal;
assert.notEqual = proto.notEqual;
assert.deepEqual = proto.deepEqual;
assert.notDeepEqual = proto.notDeepEqual;
assert.deepStrictEqual = proto.deepStrictEqual;
assert.notDeepStrictEqual = proto.notDeepStrictEqual;
assert.strictEqual = proto.strictEqual;
assert.notStrictEqual = proto.notStrictEqual;
assert.partialDeepStrictEqual = proto.partialDeepStrictEqual;
assert.match = proto.match;
assert.doesNotMatch = proto.doesNotMatch;
assert.throws = proto.throws;
assert.rejects = proto.rejects;
assert.doesNotThrow = proto.doesNotThrow;
assert.doesNotReject = proto.doesNotReject;
assert.ifError = proto.ifError;

function strict(...args) {
  if (!args[0]) innerOk(strict, args.length, args[0], args[1]);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});

assert.strict.Assert = Assert;
assert.strict.strict = assert.strict;
assert.Assert = Assert;
