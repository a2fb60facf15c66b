// The `events` builtin: EventEmitter and its static helpers (once, on,
// getEventListeners, setMaxListeners, addAbortListener, ...).
//
// This module is loaded very early (process is an EventEmitter), so anything
// that is not needed to build the class is required lazily.
'use strict';

// internal/errors and internal/validators load on first use: the checks on hot
// paths test the common case inline and only call into them to throw.
const errors = require.lazy('internal/errors');
const validators = require.lazy('internal/validators');
function validateFunction(value, name) {
  if (typeof value !== 'function') validators().validateFunction(value, name);
}
function validateAbortSignal(...args) { return validators().validateAbortSignal(...args); }
function validateBoolean(...args) { return validators().validateBoolean(...args); }
function validateNumber(...args) { return validators().validateNumber(...args); }
function validateObject(...args) { return validators().validateObject(...args); }

const ReflectApply = Reflect.apply;
const ErrorCaptureStackTrace = Error.captureStackTrace;
const ReflectOwnKeys = Reflect.ownKeys;

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
// Listener arrays carry a count of emit() calls currently walking them; while
// it is non-zero, add/remove replace the array instead of mutating it, so an
// emit never has to copy the list it iterates.
const kEmitting = Symbol('events.emitting');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned =
  Symbol('events.maxEventTargetListenersWarned');

let defaultMaxListeners = 10;

let inspect_;
function inspect(value, opts) {
  if (inspect_ === undefined) inspect_ = require('internal/util/inspect').inspect;
  return inspect_(value, opts);
}

let eventTargetModule;
function lazyEventTarget() {
  if (eventTargetModule === undefined) eventTargetModule = require('internal/event_target');
  return eventTargetModule;
}

function isEventTarget(obj) {
  return obj?.constructor?.[lazyEventTarget().kIsEventTarget] === true;
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

// Static keys are created in the same order as Node's so that inspecting the
// module prints identically.
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.listenerCount = listenerCount;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;

Object.defineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});

let EventEmitterAsyncResource_;
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get: function() {
    if (EventEmitterAsyncResource_ === undefined) {
      EventEmitterAsyncResource_ = makeEventEmitterAsyncResource();
    }
    return EventEmitterAsyncResource_;
  },
});

EventEmitter.errorMonitor = kErrorMonitor;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  enumerable: true,
  get: function() {
    return defaultMaxListeners;
  },
  set: function(arg) {
    if (typeof arg !== 'number' || arg < 0 || arg !== arg) {
      if (typeof arg !== 'number') {
        throw new (errors().codes.ERR_INVALID_ARG_TYPE)('defaultMaxListeners', 'number', arg);
      }
      throw new (errors().codes.ERR_OUT_OF_RANGE)('defaultMaxListeners', '>= 0', arg);
    }
    defaultMaxListeners = arg;
  },
});

Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    __proto__: null,
    value: kMaxEventTargetListeners,
    enumerable: false,
    configurable: false,
    writable: false,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null,
    value: kMaxEventTargetListenersWarned,
    enumerable: false,
    configurable: false,
    writable: false,
  },
});

EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new (errors().codes.ERR_INVALID_ARG_TYPE)('eventTargets',
                                     ['EventEmitter', 'EventTarget'],
                                     target);
    }
  }
};

EventEmitter.init = function(opts) {
  if (this._events === undefined ||
      this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    // The owner pre-seeded _events (e.g. a subclass or a second init call):
    // keep its keys stable and blank removed entries instead of deleting.
    this[kShapeMode] = true;
  }

  this._maxListeners = this._maxListeners || undefined;

  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

Object.defineProperty(EventEmitter.prototype, kCapture, {
  __proto__: null,
  value: false,
  writable: true,
  enumerable: false,
});

function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  // A thenable whose `then` getter throws is reported synchronously.
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      ReflectApply(then, promise, [undefined, function(err) {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      }]);
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    // Rejections from 'error' listeners must not loop back into 'error'.
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function _getMaxListeners(that) {
  if (that._maxListeners === undefined) return defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return _getMaxListeners(this);
};

// An unhandled 'error' event prints as in Node: the arrow at Node's throw in
// events.js, and for an Error, where it was emitted after its own stack.
const kUnhandledArrow = "node:events:505\n    throw er; // Unhandled 'error' event\n    ^\n";

function enhanceStackTrace(emitter, err, own) {
  let ctorInfo = '';
  try {
    const { name } = emitter.constructor;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
  } catch {
    // A hostile constructor: no name then.
  }
  // Node 24 means to elide the lines the two stacks share, but never does (its helper
  // returns an array where an object is read): all lines are printed.
  const ownStack = `${own.stack}`.split('\n').slice(1);
  return `${err.stack}\nEmitted 'error' event${ctorInfo} at:\n${ownStack.join('\n')}`;
}

// A listener's error remembers the emitters it unwound through (innermost first):
// their type names V8 shows in the emit frames ("Foo.emit", "Foo.<anonymous>").
const errorEmitters = new WeakMap();
function noteEmitter(err, emitter) {
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) return;
  const list = errorEmitters.get(err);
  if (list === undefined) errorEmitters.set(err, [emitterTypeName(emitter)]);
  else list.push(emitterTypeName(emitter));
}
function emitTypeAt(err, nth) {
  const list = errorEmitters.get(err);
  return list !== undefined && nth < list.length ? list[nth] : undefined;
}

function emitterTypeName(emitter) {
  try {
    const name = emitter.constructor.name;
    return typeof name === 'string' && name !== '' ? name : 'EventEmitter';
  } catch {
    return 'EventEmitter';
  }
}

function throwUnhandledError(emitter, args) {
  const er = args.length > 0 ? args[0] : undefined;
  const { decorateUncaught } = require('internal/bootstrap/stack_trace');
  if (er instanceof Error) {
    try {
      const own = {};
      ErrorCaptureStackTrace(own, EventEmitter.prototype.emit);
      decorateUncaught(er, {
        arrow: kUnhandledArrow,
        enhance: () => enhanceStackTrace(emitter, er, own),
      });
    } catch {
      // Printed without the emit site then.
    }
    throw er; // Unhandled 'error' event
  }
  let stringifiedEr;
  try {
    stringifiedEr = inspect(er);
  } catch {
    stringifiedEr = er;
  }
  const err = new (errors().codes.ERR_UNHANDLED_ERROR)(stringifiedEr);
  err.context = er;
  decorateUncaught(err, { arrow: kUnhandledArrow, emitter: emitterTypeName(emitter) });
  throw err; // Unhandled 'error' event
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = (type === 'error');

  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) {
      this.emit(kErrorMonitor, ...args);
    }
    doError = (doError && events.error === undefined);
  } else if (!doError) {
    return false;
  }

  if (doError) throwUnhandledError(this, args);

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    let result;
    try {
      result = ReflectApply(handler, this, args);
    } catch (err) {
      noteEmitter(err, this);
      throw err;
    }
    if (result !== undefined && result !== null) {
      addCatch(this, result, type, args);
    }
  } else {
    const len = handler.length;
    const emitting = handler[kEmitting];
    handler[kEmitting] = emitting > 0 ? emitting + 1 : 1;
    try {
      for (let i = 0; i < len; ++i) {
        const result = ReflectApply(handler[i], this, args);
        if (result !== undefined && result !== null) {
          addCatch(this, result, type, args);
        }
      }
    } catch (err) {
      noteEmitter(err, this);
      throw err;
    } finally {
      handler[kEmitting]--;
    }
  }

  return true;
};

function newListenerArray(a, b) {
  const list = [a, b];
  list[kEmitting] = 0;
  return list;
}

// Copy of `list` used when an emit() is iterating it.
function cloneListenerArray(list) {
  const copy = list.slice();
  copy[kEmitting] = 0;
  if (list.warned) copy.warned = true;
  return copy;
}

function _addListener(target, type, listener, prepend) {
  validateFunction(listener, 'listener');

  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    // Emit before adding so a 'newListener' listener registering itself for
    // `type` lands ahead of `listener`.
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }

  if (typeof existing === 'function') {
    existing = events[type] = prepend ?
      newListenerArray(listener, existing) : newListenerArray(existing, listener);
  } else {
    if (existing[kEmitting] > 0) {
      existing = events[type] = cloneListenerArray(existing);
    }
    if (prepend) existing.unshift(listener);
    else existing.push(listener);
  }

  const m = _getMaxListeners(target);
  if (m > 0 && existing.length > m && !existing.warned) {
    existing.warned = true;
    const w = errors().genericNodeError(
      `Possible EventEmitter memory leak detected. ${existing.length} ${String(type)} listeners ` +
      `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${m}. ` +
      'Use emitter.setMaxListeners() to increase limit',
      { name: 'MaxListenersExceededWarning', emitter: target, type, count: existing.length });
    process.emitWarning(w);
  }

  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

function _onceWrap(target, type, listener) {
  let fired = false;
  function wrapper(...args) {
    if (fired) return undefined;
    fired = true;
    target.removeListener(type, wrapper);
    return ReflectApply(listener, target, args);
  }
  wrapper.listener = listener;
  return wrapper;
}

EventEmitter.prototype.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  validateFunction(listener, 'listener');

  const events = this._events;
  if (events === undefined) return this;

  let list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
      return this;
    } else {
      delete events[type];
    }
    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    // While emitting, the list is replaced by a copy even when `listener`
    // turns out not to be in it.
    if (list[kEmitting] > 0) list = events[type] = cloneListenerArray(list);
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;

    if (list.length === 2) {
      events[type] = list[1 - position];
    } else if (position === 0) {
      list.shift();
    } else {
      list.splice(position, 1);
    }

    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, listener);
    }
  }

  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Without 'removeListener' listeners there is nobody to notify.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (arguments.length === 0) {
    const keys = ReflectOwnKeys(events);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // LIFO order
    for (let i = listeners.length - 1; i >= 0; i--) {
      this.removeListener(type, listeners[i]);
    }
  }

  return this;
};

function _listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];

  const evlistener = events[type];
  if (evlistener === undefined) return [];

  if (typeof evlistener === 'function') {
    return unwrap ? [evlistener.listener || evlistener] : [evlistener];
  }

  const len = evlistener.length;
  const copy = new Array(len);
  for (let i = 0; i < len; i++) {
    const l = evlistener[i];
    if (unwrap && typeof l.listener === 'function') copy[i] = l.listener;
    else copy[i] = l;
  }
  return copy;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return _listeners(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return _listeners(this, type, false);
};

EventEmitter.prototype.listenerCount = function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const evlistener = events[type];
    if (typeof evlistener === 'function') {
      if (listener != null) {
        return (listener === evlistener || listener === evlistener.listener) ? 1 : 0;
      }
      return 1;
    } else if (evlistener !== undefined) {
      if (listener != null) {
        let matching = 0;
        for (let i = 0, l = evlistener.length; i < l; i++) {
          if (evlistener[i] === listener || evlistener[i].listener === listener) {
            matching++;
          }
        }
        return matching;
      }
      return evlistener.length;
    }
  }
  return 0;
};

EventEmitter.prototype.eventNames = function eventNames() {
  if (this._eventsCount > 0) {
    const events = this._events;
    const keys = ReflectOwnKeys(events);
    const names = [];
    for (let i = 0; i < keys.length; i++) {
      if (events[keys[i]] !== undefined) names.push(keys[i]);
    }
    return names;
  }
  return [];
};

// Documented as deprecated (DEP0033) but still working.
function listenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') {
    return emitter.listenerCount(type);
  }
  return getEventListeners(emitter, type).length;
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) {
    return lazyEventTarget().getEventTargetListeners(emitterOrTarget, type);
  }
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'],
                                 emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return _getMaxListeners(emitterOrTarget);
  } else if (isEventTarget(emitterOrTarget)) {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', ['EventEmitter', 'EventTarget'],
                                 emitterOrTarget);
}

// on(), addAbortListener() and EventEmitterAsyncResource are in
// internal/events/static, loaded on first use (same names and lengths).
let staticHelpers;
function helpers() {
  if (staticHelpers === undefined) staticHelpers = require('internal/events/static');
  return staticHelpers;
}
async function once(emitter, name, options = { __proto__: null }) {
  validateObject(options, 'options');
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    throw new (errors().AbortError)(undefined, { cause: signal?.reason });
  }
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener(name, resolver);
      }
      if (signal != null) {
        helpers().eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      }
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      if (signal != null) {
        helpers().eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      }
      resolve(args);
    };

    helpers().eventTargetAgnosticAddListener(emitter, name, resolver, helpers().resistFlags(true));
    if (name !== 'error' && typeof emitter.once === 'function') {
      // EventTarget has no 'error' event semantics.
      emitter.once('error', errorListener);
    }
    function abortListener() {
      helpers().eventTargetAgnosticRemoveListener(emitter, name, resolver);
      helpers().eventTargetAgnosticRemoveListener(emitter, 'error', errorListener);
      reject(new (errors().AbortError)(undefined, { cause: signal?.reason }));
    }
    if (signal != null) {
      helpers().eventTargetAgnosticAddListener(signal, 'abort', abortListener, helpers().resistFlags(true));
    }
  });
}

function on(emitter, event, options = undefined) {
  return helpers().on(emitter, event, options);
}
function addAbortListener(signal, listener) {
  return helpers().addAbortListener(signal, listener);
}
function makeEventEmitterAsyncResource() {
  return helpers().makeEventEmitterAsyncResource();
}

// Frames as Node 24.21.0 prints them (see setNodeFrame in internal/bootstrap/stack_trace).
{
  const { setNodeFrame, uncaughtDecoration } = require('internal/bootstrap/stack_trace');
  setNodeFrame(throwUnhandledError, { text: 'getUnhandledErrorException (node:events:477:15)' });
  setNodeFrame(EventEmitter.prototype.emit, {
    text(above, err, nth) {
      if (above !== undefined && above.getFunction() === throwUnhandledError) {
        const type = uncaughtDecoration(err)?.emitter ?? 'EventEmitter';
        return `${type}.emit (node:events:502:16)`;
      }
      const type = emitTypeAt(err, nth);
      return `${type === undefined ? '' : `${type}.`}emit (node:events:514:28)`;
    },
    callee(name, err, nth) {
      const type = emitTypeAt(err, nth);
      return type === undefined ? undefined : `${type}.${name || '<anonymous>'}`;
    },
  });
}

module.exports = EventEmitter;
