// The deprecated `domain` module: Domain objects (run/add/remove/bind/intercept/
// enter/exit), process.domain, and routing of uncaught errors to the active
// domain's 'error' listeners.
//
// Node carries the active domain into callbacks through async_hooks. rode has no
// async context, so loading this module instead makes these domain-aware:
// timers and immediates (through Timeout/Immediate), process.nextTick,
// queueMicrotask, and EventEmitters (created inside a domain or add()ed to one).
// Promise reactions do not carry the domain, and an unhandled rejection is not
// routed to the domain that created the promise.

const EventEmitter = require('events');
const {
  codes: {
    ERR_DOMAIN_CALLBACK_NOT_AVAILABLE,
    ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE,
    ERR_UNHANDLED_ERROR,
  },
} = require('internal/errors');
const timers = require('internal/timers');

if (process.hasUncaughtExceptionCaptureCallback()) {
  throw new ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();
}

const stack = [];
exports._stack = stack;

function setActive(d) {
  exports.active = d;
  process.domain = d;
}

function defineDomain(target, d) {
  Object.defineProperty(target, 'domain', {
    __proto__: null, configurable: true, enumerable: false, value: d, writable: true,
  });
}

// Whether an uncaught error would reach a domain: Node installs its capture
// callback exactly when some entered domain listens for 'error'.
function stackHasErrorListeners() {
  for (let i = 0; i < stack.length; i++) {
    if (stack[i].listenerCount('error') > 0) return true;
  }
  return false;
}

function updateExceptionCapture() {
  // The capture callback is installed once (below); what user code can observe
  // is process.hasUncaughtExceptionCaptureCallback(), computed on demand.
}

// Runs `fn` with `d` entered. On a throw the domain stays entered, as in Node:
// the uncaught-exception path hands the error to process.domain, then clears
// the stack.
function runInDomain(d, fn, thisArg, args) {
  d.enter();
  const ret = Reflect.apply(fn, thisArg, args);
  d.exit();
  return ret;
}

function bindCallback(d, fn) {
  return function() {
    return runInDomain(d, fn, this, arguments);
  };
}

function clearStack() {
  stack.length = 0;
  setActive(null);
}

// What Node keeps under kWeak (a weak handle to the domain itself), so that a
// domain inspects the same.
const kWeak = Symbol('kWeak');
class WeakReference {
  #ref;
  constructor(target) {
    this.#ref = typeof WeakRef === 'function' ? new WeakRef(target) : undefined;
  }
  get() {
    return this.#ref?.deref();
  }
}

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
    this[kWeak] = new WeakReference(this);
    this.on('removeListener', updateExceptionCapture);
    this.on('newListener', updateExceptionCapture);
  }

  _errorHandler(er) {
    let caught = false;
    if ((typeof er === 'object' && er !== null) || typeof er === 'function') {
      defineDomain(er, this);
      er.domainThrown = true;
    }
    // Leave this domain (and adjacent re-entries of it) so that its handler does
    // not run inside itself.
    while (exports.active === this) this.exit();

    if (stack.length === 0) {
      // The outermost domain: an error from its handler is fatal.
      if (this.listenerCount('error') > 0) caught = this.emit('error', er);
    } else {
      try {
        caught = this.emit('error', er);
      } catch (er2) {
        // The handler threw (or there was none): give the next domain out a chance.
        if (stack.length === 0) throw er2;
        setActive(stack[stack.length - 1]);
        caught = process.domain._errorHandler(er2);
      }
    }
    // An uncaught exception ends the current callback: no domain stays entered.
    clearStack();
    return caught;
  }

  enter() {
    setActive(this);
    stack.push(this);
  }

  exit() {
    const index = stack.lastIndexOf(this);
    if (index === -1) return;
    stack.splice(index);
    // Node leaves `undefined` (not null) once the last domain is exited.
    setActive(stack[stack.length - 1]);
  }

  add(ee) {
    if (ee.domain === this) return;
    if (ee.domain) ee.domain.remove(ee);
    // A domain must not become a member of one of its own members.
    if (this.domain && ee instanceof Domain) {
      for (let d = this.domain; d; d = d.domain) {
        if (ee === d) return;
      }
    }
    if (ee === null || (typeof ee !== 'object' && typeof ee !== 'function')) {
      throw new TypeError('Object.defineProperty called on non-object');
    }
    defineDomain(ee, this);
    if (ee instanceof timers.Timeout && typeof ee._onTimeout === 'function' &&
        ee._onTimeout[kDomainWrapped] === undefined) {
      ee._onTimeout = wrapTimerCallback(ee._onTimeout);
    }
    this.members.push(ee);
  }

  remove(ee) {
    ee.domain = null;
    const index = this.members.indexOf(ee);
    if (index !== -1) this.members.splice(index, 1);
  }

  run(fn, ...args) {
    return runInDomain(this, fn, this, args);
  }

  intercept(cb) {
    const self = this;
    function runIntercepted() {
      if (arguments.length > 0 && arguments[0]) {
        const er = arguments[0];
        if (typeof er === 'object') {
          er.domainBound = cb;
          er.domainThrown = false;
          defineDomain(er, self);
        }
        self.emit('error', er);
        return;
      }
      const args = Array.prototype.slice.call(arguments, 1);
      return runInDomain(self, cb, this, args);
    }
    return runIntercepted;
  }

  bind(cb) {
    const self = this;
    function runBound() {
      return runInDomain(self, cb, this, arguments);
    }
    defineDomain(runBound, this);
    return runBound;
  }
}

Domain.prototype.members = undefined;

// Methods are listed on the prototype in Node's order.
for (const key of ['_errorHandler', 'enter', 'exit', 'add', 'remove', 'run', 'intercept', 'bind']) {
  const desc = Object.getOwnPropertyDescriptor(Domain.prototype, key);
  delete Domain.prototype[key];
  Object.defineProperty(Domain.prototype, key, desc);
}

exports.Domain = Domain;
function createDomain() {
  return new Domain();
}
exports.createDomain = createDomain;
exports.create = createDomain;
exports.active = null;

// ---- uncaught exceptions --------------------------------------------------------

const { printUncaught, emitUncaughtException } = require('internal/process/execution');

function domainCapture(er, fromPromise) {
  const d = process.domain;
  if (d && stackHasErrorListeners()) {
    try {
      d._errorHandler(er);
    } catch (er2) {
      // The outermost domain's 'error' listener threw.
      clearStack();
      printUncaught(er2);
      process.reallyExit(7);
    }
    return;
  }
  clearStack();
  const code = emitUncaughtException(er, fromPromise === true);
  if (code !== true) process.reallyExit(code);
}

const setCapture = process.setUncaughtExceptionCaptureCallback;
setCapture(domainCapture);
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  throw new ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE();
};
process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
  return stackHasErrorListeners();
};

// ---- carrying the domain into callbacks ----------------------------------------

const kDomainWrapped = Symbol('kDomainWrapped');

// The wrapper reads the timer's `domain` when it runs, so add()/remove() after
// scheduling still apply.
function wrapTimerCallback(cb) {
  function runTimer() {
    const d = this.domain;
    if (d) return runInDomain(d, cb, this, arguments);
    return Reflect.apply(cb, this, arguments);
  }
  runTimer[kDomainWrapped] = cb;
  return runTimer;
}

// Timeout and Immediate store their callback with a plain assignment in the
// constructor; an accessor on the prototype sees that first assignment and makes
// a timer created inside a domain run inside it.
function hookCallbackSlot(proto, key) {
  Object.defineProperty(proto, key, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() { return null; },
    set(cb) {
      // The constructor's shape-setting `= null` comes first: wait for the callback.
      if (cb === null || cb === undefined) return;
      const d = process.domain;
      let value = cb;
      if (d && typeof cb === 'function') {
        defineDomain(this, d);
        value = wrapTimerCallback(cb);
      }
      Object.defineProperty(this, key, {
        __proto__: null, configurable: true, enumerable: true, writable: true, value,
      });
    },
  });
}
hookCallbackSlot(timers.Timeout.prototype, '_onTimeout');
hookCallbackSlot(timers.Immediate.prototype, '_onImmediate');

// process.nextTick and queueMicrotask stay the same functions (programs compare them);
// their callbacks are bound to the active domain through the task queue's hook.
require('internal/process/task_queues').microtaskHook = (callback) => {
  const d = process.domain;
  return d ? bindCallback(d, callback) : callback;
};

// ---- EventEmitter integration (what Node's domain module installs too) ----------

EventEmitter.usingDomains = true;

const originalInit = EventEmitter.init;
EventEmitter.init = function(opts) {
  defineDomain(this, null);
  if (exports.active && !(this instanceof Domain)) this.domain = exports.active;
  return Reflect.apply(originalInit, this, arguments);
};

const originalEmit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function emit(...args) {
  const domain = this.domain;
  if (domain === null || domain === undefined || this === process) {
    return Reflect.apply(originalEmit, this, args);
  }
  const type = args[0];
  if (type === 'error' && this.listenerCount('error') === 0) {
    const er = args.length > 1 && args[1] ? args[1] : new ERR_UNHANDLED_ERROR();
    if (typeof er === 'object') {
      er.domainEmitter = this;
      defineDomain(er, domain);
      er.domainThrown = false;
    }
    // The domain's handler runs outside the active domain (and anything it
    // entered), then the stack is put back as it was.
    const savedStack = stack.slice();
    const savedActive = process.domain;
    let idx = stack.length - 1;
    while (idx > -1 && process.domain === stack[idx]) --idx;
    stack.length = idx < 0 ? 0 : idx + 1;
    setActive(stack.length > 0 ? stack[stack.length - 1] : null);
    domain.emit('error', er);
    stack.length = 0;
    for (let i = 0; i < savedStack.length; i++) stack.push(savedStack[i]);
    setActive(savedActive);
    return false;
  }
  domain.enter();
  const ret = Reflect.apply(originalEmit, this, args);
  domain.exit();
  return ret;
};
