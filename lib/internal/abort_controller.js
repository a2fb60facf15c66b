// AbortController and AbortSignal (abort, timeout, any), plus the
// `aborted()` helper behind util.aborted.
'use strict';

const {
  Event,
  EventTarget,
  defineEventHandler,
  kTrustEvent,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kWeakHandler,
} = require('internal/event_target');
const {
  kMaxEventTargetListeners,
} = require('events');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateUint32,
} = require('internal/validators');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kResultSignalWeakRef = Symbol('kResultSignalWeakRef');
const kFollowing = Symbol('kFollowing');
const kTimeout = Symbol('kTimeout');
const kDontThrowSymbol = Symbol('kDontThrowSymbol');

// Sources hold their dependants weakly (a long-lived signal must not keep
// every AbortSignal.any() result alive); everything else is held strongly,
// since a reference-counting engine frees weakly-held objects at once.
const hasWeakRef = typeof WeakRef === 'function';
function makeRef(value) {
  return hasWeakRef ? new WeakRef(value) : makeStrongRef(value);
}
function makeStrongRef(value) {
  return { deref() { return value; } };
}

// Timeout and composite signals that have 'abort' listeners must not be
// collected before they fire, although nothing else may reference them.
const gcPersistentSignals = new Set();

let inspect_;
function inspect(value, opts) {
  if (inspect_ === undefined) inspect_ = require('internal/util/inspect').inspect;
  return inspect_(value, opts);
}

let DOMException_;
// Returns the class (not an instance) so that `new` happens in the caller
// and stack traces start at the API the user called.
function lazyDOMExceptionClass() {
  if (DOMException_ === undefined) {
    DOMException_ = require('internal/per_context/domexception').DOMException;
  }
  return DOMException_;
}

function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;

  const opts = Object.assign({}, options, {
    depth: options.depth === null ? null : options.depth - 1,
  });

  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

function validateThisAbortSignal(obj) {
  if (obj === null || obj === undefined || obj[kAborted] === undefined) {
    throw new ERR_INVALID_THIS('AbortSignal');
  }
}

function isAbortSignal(value) {
  return value !== null && typeof value === 'object' && value[kAborted] !== undefined;
}

// A composite signal that nobody listens to does not follow its sources;
// its state is read from them on demand instead.
function refreshComposite(signal) {
  if (signal[kAborted] || !signal[kComposite]) return;
  const sources = signal[kSourceSignals];
  if (sources === undefined) return;
  for (const ref of sources) {
    const source = ref.deref();
    if (source !== undefined && source[kAborted]) {
      signal[kAborted] = true;
      signal[kReason] = source[kReason];
      return;
    }
  }
}

function setAbortSignalTimeout(signal, delay) {
  // The timer is unref'd, so holding the signal here keeps it only until
  // the timeout fires.
  const timeout = setTimeout(() => {
    gcPersistentSignals.delete(signal);
    const DOMException = lazyDOMExceptionClass();
    abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
  }, delay);
  // A pending timeout signal must not keep the process alive.
  if (typeof timeout?.unref === 'function') timeout.unref();
  return timeout;
}

// WebIDL sequence<AbortSignal> conversion, with Node's messages.
function toAbortSignalSequence(value, name) {
  const fail = (message) => {
    const err = new TypeError(message);
    err.code = 'ERR_INVALID_ARG_TYPE';
    return err;
  };
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) {
    throw fail(`${name} cannot be converted to sequence.`);
  }
  const method = value[Symbol.iterator];
  if (typeof method !== 'function') {
    throw fail(`${name} cannot be converted to sequence.`);
  }
  const result = [];
  for (const item of { [Symbol.iterator]() { return method.call(value); } }) {
    if (!isAbortSignal(item)) {
      throw fail(`${name}[${result.length}] is not of type AbortSignal.`);
    }
    result.push(item);
  }
  return result;
}

class AbortSignal extends EventTarget {
  constructor(dontThrowKey = undefined, init = kEmptyObject) {
    if (dontThrowKey !== kDontThrowSymbol) {
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }
    super();
    // Signals are shared widely by design: no leak warning unless asked.
    this[kMaxEventTargetListeners] = 0;

    const {
      aborted = false,
      reason = undefined,
      composite = false,
    } = init;
    this[kAborted] = aborted;
    this[kReason] = reason;
    this[kComposite] = composite;
  }

  get aborted() {
    validateThisAbortSignal(this);
    refreshComposite(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    refreshComposite(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    refreshComposite(this);
    if (this[kAborted]) {
      throw this[kReason];
    }
  }

  static abort(
    reason = new (lazyDOMExceptionClass())('This operation was aborted', 'AbortError')) {
    return new AbortSignal(kDontThrowSymbol, { aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrowSymbol);
    signal[kTimeout] = true;
    setAbortSignalTimeout(signal, delay);
    return signal;
  }

  static any(signals) {
    const signalsArray = toAbortSignalSequence(signals, 'signals');
    const resultSignal = new AbortSignal(kDontThrowSymbol, { composite: true });
    if (!signalsArray.length) {
      return resultSignal;
    }
    const sources = resultSignal[kSourceSignals] = new Set();
    for (let i = 0; i < signalsArray.length; i++) {
      const signal = signalsArray[i];
      if (signal.aborted) {
        abortSignal(resultSignal, signal.reason);
        return resultSignal;
      }
    }

    for (let i = 0; i < signalsArray.length; i++) {
      const signal = signalsArray[i];
      // Composite inputs are flattened to their own sources.
      if (signal[kComposite]) {
        const inner = signal[kSourceSignals];
        if (inner !== undefined) {
          for (const ref of inner) {
            const source = ref.deref();
            if (source !== undefined) sources.add(makeStrongRef(source));
          }
        }
      } else {
        sources.add(makeStrongRef(signal));
      }
      if (signal[kTimeout]) resultSignal[kTimeout] = true;
    }
    return resultSignal;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, {
      aborted: this.aborted,
    }, depth, options);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type !== 'abort' || this.aborted) return;
    if (this[kComposite] && !this[kFollowing] && this[kSourceSignals] !== undefined) {
      // Start following the sources now that the event is observable.
      const selfRef = this[kResultSignalWeakRef] = makeRef(this);
      this[kFollowing] = true;
      for (const ref of this[kSourceSignals]) {
        const source = ref.deref();
        if (source === undefined) continue;
        if (source[kDependantSignals] === undefined) source[kDependantSignals] = new Set();
        source[kDependantSignals].add(selfRef);
      }
    }
    const isTimeoutOrNonEmptyComposite =
      this[kTimeout] || (this[kComposite] && this[kSourceSignals]?.size);
    if (isTimeoutOrNonEmptyComposite && !weak && size === 1) {
      gcPersistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'abort' && size === 0) {
      gcPersistentSignals.delete(this);
    }
  }
}

Object.defineProperties(AbortSignal.prototype, {
  aborted: { __proto__: null, enumerable: true },
});

defineEventHandler(AbortSignal.prototype, 'abort');

Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null,
  writable: false,
  enumerable: false,
  configurable: true,
  value: 'AbortSignal',
});

function runAbort(signal) {
  const event = new Event('abort', {
    [kTrustEvent]: true,
  });
  signal.dispatchEvent(event);
  gcPersistentSignals.delete(signal);
}

// Marks the signal and every signal following it as aborted before any
// listener runs, then fires 'abort' on the signal and on its followers.
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;

  let followers;
  const dependants = signal[kDependantSignals];
  if (dependants !== undefined) {
    followers = [];
    for (const ref of dependants) {
      const dependant = ref.deref();
      if (dependant !== undefined && !dependant[kAborted]) {
        dependant[kAborted] = true;
        dependant[kReason] = reason;
        followers.push(dependant);
      }
    }
  }

  runAbort(signal);
  if (followers !== undefined) {
    for (let i = 0; i < followers.length; i++) runAbort(followers[i]);
  }
}

class AbortController {
  #signal;

  get signal() {
    this.#signal ??= new AbortSignal(kDontThrowSymbol);
    return this.#signal;
  }

  abort(reason = new (lazyDOMExceptionClass())('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal ??= new AbortSignal(kDontThrowSymbol), reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, {
      signal: this.signal,
    }, depth, options);
  }
}

Object.defineProperties(AbortController.prototype, {
  signal: { __proto__: null, enumerable: true },
  abort: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: {
    __proto__: null,
    writable: false,
    enumerable: false,
    configurable: true,
    value: 'AbortController',
  },
});

// Resolves once `signal` aborts, as long as `resource` is alive
// (util.aborted).
async function aborted(signal, resource) {
  if (signal === undefined) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return;
  let resolve;
  const promise = new Promise((res) => { resolve = res; });
  const opts = {
    __proto__: null,
    [kWeakHandler]: resource,
    once: true,
    [kResistStopPropagation]: true,
  };
  signal.addEventListener('abort', resolve, opts);
  return promise;
}

// No structured clone / workers here: transferability is accepted and
// ignored.
function transferableAbortSignal(signal) {
  if (!isAbortSignal(signal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  return signal;
}

function transferableAbortController() {
  return new AbortController();
}

module.exports = {
  AbortController,
  AbortSignal,
  aborted,
  transferableAbortSignal,
  transferableAbortController,
  kAborted,
  kReason,
};
