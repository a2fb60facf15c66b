// The `async_hooks` module: AsyncResource and AsyncLocalStorage without context
// propagation through promises yet (see ARCHITECTURE.md: it needs a slot that promise
// jobs carry), and inert hooks.

const { validateFunction, validateString } = require('internal/validators');

let nextAsyncId = 100;

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    this.type = type;
    this._asyncId = ++nextAsyncId;
    this._triggerAsyncId = typeof opts === 'number' ? opts : (opts.triggerAsyncId ?? 1);
  }
  runInAsyncScope(fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }
  emitDestroy() { return this; }
  asyncId() { return this._asyncId; }
  triggerAsyncId() { return this._triggerAsyncId; }
  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const self = this;
    const bound = thisArg === undefined ?
      function(...args) { return self.runInAsyncScope(fn, this, ...args); } :
      (...args) => self.runInAsyncScope(fn, thisArg, ...args);
    Object.defineProperties(bound, {
      length: { value: fn.length, configurable: true },
      asyncResource: { value: this, configurable: true, enumerable: true, writable: true },
    });
    return bound;
  }
  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

class AsyncLocalStorage {
  constructor() {
    this._store = undefined;
    this._enabled = false;
  }
  static bind(fn) { return fn; }
  static snapshot() { return (fn, ...args) => fn(...args); }
  disable() {
    this._enabled = false;
    this._store = undefined;
  }
  getStore() { return this._enabled ? this._store : undefined; }
  enterWith(store) {
    this._enabled = true;
    this._store = store;
  }
  run(store, callback, ...args) {
    const prev = this._store;
    const prevEnabled = this._enabled;
    this._enabled = true;
    this._store = store;
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      this._store = prev;
      this._enabled = prevEnabled;
    }
  }
  exit(callback, ...args) {
    const prev = this._store;
    this._store = undefined;
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      this._store = prev;
    }
  }
}

function createHook(hooks) {
  return {
    enable() { return this; },
    disable() { return this; },
  };
}

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  createHook,
  executionAsyncId: () => 1,
  triggerAsyncId: () => 0,
  executionAsyncResource: () => ({}),
  asyncWrapProviders: { __proto__: null, NONE: 0, TIMERWRAP: 1, IMMEDIATE: 2 },
};
