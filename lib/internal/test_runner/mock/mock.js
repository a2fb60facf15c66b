// node:test mocking: MockTracker (mock.fn/method/getter/setter/property,
// reset/restoreAll) and the contexts recording calls and accesses.
// A mocked function is a Proxy of the original, so name, length and own
// properties stay the original's; `fn.mock` is the MockFunctionContext.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateInteger,
  validateObject,
} = require('internal/validators');

function validateStringOrSymbol(value, name) {
  if (typeof value !== 'string' && typeof value !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'symbol'], value);
  }
}

function validateTimes(times) {
  if (times !== undefined) validateInteger(times, 'options.times', 1);
}

// A property's descriptor, looked up along the prototype chain.
function findDescriptor(object, key) {
  for (let o = object; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
    const desc = Object.getOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return desc;
  }
  return undefined;
}

const kNextImpl = Symbol('kNextImpl');
const kTrackCall = Symbol('kTrackCall');

class MockFunctionContext {
  #calls;
  #mocks;
  #implementation;
  #original;
  #restore;
  #times;
  #timesUsed;

  constructor(implementation, restore, times) {
    this.#calls = [];
    this.#mocks = new Map();
    this.#implementation = implementation;
    this.#original = restore.original;
    this.#restore = restore;
    this.#times = times;
    this.#timesUsed = 0;
  }

  get calls() {
    return this.#calls.slice();
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const nextCall = this.#calls.length;
    const call = onCall ?? nextCall;
    validateInteger(call, 'onCall', nextCall);
    this.#mocks.set(call, implementation);
  }

  restore() {
    const { descriptor, object, methodName } = this.#restore;
    if (typeof methodName === 'string' || typeof methodName === 'symbol') {
      Object.defineProperty(object, methodName, descriptor);
    } else {
      this.#implementation = this.#original;
    }
  }

  resetCalls() {
    this.#calls = [];
  }

  // The implementation for the call about to happen.
  [kNextImpl]() {
    const index = this.#calls.length;
    const once = this.#mocks.get(index);
    if (once !== undefined) {
      this.#mocks.delete(index);
      return once;
    }
    const impl = this.#implementation;
    if (this.#times !== undefined && impl !== this.#original) {
      this.#timesUsed++;
      if (this.#timesUsed >= this.#times) {
        this.#implementation = this.#original;
        this.#times = undefined;
      }
    }
    return impl;
  }

  [kTrackCall](call) {
    this.#calls.push(call);
  }
}

class MockPropertyContext {
  #object;
  #propertyName;
  #value;
  #onceValues;
  #accesses;
  #descriptor;

  constructor(object, propertyName, value) {
    this.#object = object;
    this.#propertyName = propertyName;
    this.#onceValues = new Map();
    this.#accesses = [];
    this.#descriptor = Object.getOwnPropertyDescriptor(object, propertyName);
    this.#value = arguments.length > 2 ? value : object[propertyName];
    const self = this;
    Object.defineProperty(object, propertyName, {
      __proto__: null,
      configurable: true,
      enumerable: this.#descriptor ? this.#descriptor.enumerable : true,
      get() {
        const index = self.#accesses.length;
        let v = self.#value;
        if (self.#onceValues.has(index)) {
          v = self.#onceValues.get(index);
          self.#onceValues.delete(index);
        }
        self.#accesses.push({ __proto__: null, type: 'get', value: v, stack: new Error() });
        return v;
      },
      set(v) {
        self.#accesses.push({ __proto__: null, type: 'set', value: v, stack: new Error() });
        self.#value = v;
      },
    });
  }

  get accesses() {
    return this.#accesses.slice();
  }

  accessCount() {
    return this.#accesses.length;
  }

  mockImplementation(value) {
    this.#value = value;
  }

  mockImplementationOnce(value, onAccess) {
    const next = this.#accesses.length;
    const at = onAccess ?? next;
    validateInteger(at, 'onAccess', next);
    this.#onceValues.set(at, value);
  }

  resetAccesses() {
    this.#accesses = [];
  }

  restore() {
    if (this.#descriptor !== undefined) {
      Object.defineProperty(this.#object, this.#propertyName, this.#descriptor);
    } else {
      delete this.#object[this.#propertyName];
    }
  }
}

function makeMockFunction(original, implementation, restore, times) {
  const ctx = new MockFunctionContext(implementation, restore, times);
  const proxy = new Proxy(original, {
    __proto__: null,
    apply(target, thisArg, argList) {
      const impl = ctx[kNextImpl]();
      let result;
      let error;
      const stack = new Error();
      try {
        result = Reflect.apply(impl, thisArg, argList);
      } catch (err) {
        error = err;
        throw err;
      } finally {
        ctx[kTrackCall]({
          __proto__: null,
          arguments: argList,
          error,
          result,
          stack,
          target: undefined,
          this: thisArg,
        });
      }
      return result;
    },
    construct(target, argList, newTarget) {
      const impl = ctx[kNextImpl]();
      let result;
      let error;
      const stack = new Error();
      try {
        result = Reflect.construct(impl, argList, newTarget);
      } catch (err) {
        error = err;
        throw err;
      } finally {
        ctx[kTrackCall]({
          __proto__: null,
          arguments: argList,
          error,
          result,
          stack,
          target,
          this: result,
        });
      }
      return result;
    },
    get(target, property, receiver) {
      if (property === 'mock') return ctx;
      return Reflect.get(target, property, receiver);
    },
  });
  return { proxy, ctx };
}

class MockTracker {
  #mocks = [];
  #timers;

  get timers() {
    if (this.#timers === undefined) {
      const { MockTimers } = require('internal/test_runner/mock/mock_timers');
      this.#timers = new MockTimers();
    }
    return this.#timers;
  }

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times } = options;
    validateTimes(times);
    const { proxy, ctx } = makeMockFunction(original, implementation, { original }, times);
    this.#mocks.push(ctx);
    return proxy;
  }

  method(object, methodName, implementation = undefined, options = {}) {
    validateStringOrSymbol(methodName, 'methodName');
    if (typeof object !== 'function') validateObject(object, 'object');
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    }
    validateObject(options, 'options');
    const { getter = false, setter = false, times } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    validateTimes(times);
    if (setter && getter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    }
    const descriptor = findDescriptor(object, methodName);
    let original;
    if (getter) original = descriptor?.get;
    else if (setter) original = descriptor?.set;
    else original = descriptor?.value;
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    if (implementation === undefined) implementation = original;
    validateFunction(implementation, 'implementation');
    const restore = { descriptor, object, methodName, original };
    const { proxy, ctx } = makeMockFunction(original, implementation, restore, times);
    const mockDescriptor = {
      __proto__: null,
      configurable: descriptor.configurable,
      enumerable: descriptor.enumerable,
    };
    if (getter) {
      mockDescriptor.get = proxy;
      mockDescriptor.set = descriptor.set;
    } else if (setter) {
      mockDescriptor.get = descriptor.get;
      mockDescriptor.set = proxy;
    } else {
      mockDescriptor.writable = descriptor.writable;
      mockDescriptor.value = proxy;
    }
    Object.defineProperty(object, methodName, mockDescriptor);
    this.#mocks.push(ctx);
    return proxy;
  }

  getter(object, methodName, implementation = undefined, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    } else {
      validateObject(options, 'options');
    }
    const { getter = true } = options;
    if (getter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.getter', getter, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, getter });
  }

  setter(object, methodName, implementation = undefined, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = undefined;
    } else {
      validateObject(options, 'options');
    }
    const { setter = true } = options;
    if (setter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, setter });
  }

  property(object, propertyName, value) {
    validateObject(object, 'object');
    validateStringOrSymbol(propertyName, 'propertyName');
    if (!(propertyName in object)) {
      throw new ERR_INVALID_ARG_VALUE('propertyName', propertyName, 'is not a property of the object');
    }
    const ctx = arguments.length > 2 ?
      new MockPropertyContext(object, propertyName, value) :
      new MockPropertyContext(object, propertyName);
    this.#mocks.push(ctx);
    return new Proxy(object, {
      __proto__: null,
      get(target, property, receiver) {
        if (property === 'mock') return ctx;
        return Reflect.get(target, property, receiver);
      },
    });
  }

  reset() {
    this.restoreAll();
    if (this.#timers !== undefined) this.#timers.reset();
    this.#mocks = [];
  }

  restoreAll() {
    for (const ctx of this.#mocks) ctx.restore();
  }
}

module.exports = { MockTracker, MockFunctionContext, MockPropertyContext };
