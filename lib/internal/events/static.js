// The static helpers of `events` that programs use less: on() (an async
// iterator), addAbortListener(), EventEmitterAsyncResource and what once() uses. events.js defines
// same-named entry points that load this file on first call.
'use strict';

const EventEmitter = require('events');

const ReflectApply = Reflect.apply;
const kWatermarkData = Symbol.for('nodejs.watermarkData');
const kFirstEventParam = Symbol('nodejs.kFirstEventParam');
const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

const errors = require.lazy('internal/errors');
const lazyEventTarget = require.lazy('internal/event_target');
const {
  validateAbortSignal,
  validateFunction,
  validateInteger,
  validateObject,
  validateString,
} = require('internal/validators');

function resistFlags(once) {
  return {
    __proto__: null,
    once,
    [lazyEventTarget().kResistStopPropagation]: true,
  };
}

function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
  }
}

function eventTargetAgnosticRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
  }
}

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

function createIterResult(value, done) {
  return { value, done };
}

// Minimal FIFO with amortised O(1) shift.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }
  isEmpty() {
    return this.head === this.items.length;
  }
  push(v) {
    this.items.push(v);
  }
  shift() {
    const v = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return v;
  }
}

function on(emitter, event, options = { __proto__: null }) {
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    throw new (errors().AbortError)(undefined, { cause: signal?.reason });
  }
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = new Queue();
  const unconsumedPromises = new Queue();
  let paused = false;
  let error = null;
  let finished = false;
  let size = 0;

  const iterator = Object.setPrototypeOf({
    next() {
      // Buffered events first, then a pending error, then end of stream.
      if (size) {
        const value = unconsumedEvents.shift();
        size--;
        if (paused && size < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(createIterResult(value, false));
      }

      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }

      if (finished) return closeHandler();

      return new Promise(function(resolve, reject) {
        unconsumedPromises.push({ resolve, reject });
      });
    },

    return() {
      return closeHandler();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new (errors().codes.ERR_INVALID_ARG_TYPE)('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    [kWatermarkData]: {
      get size() {
        return size;
      },
      get low() {
        return lowWatermark;
      },
      get high() {
        return highWatermark;
      },
      get isPaused() {
        return paused;
      },
    },
  }, AsyncIteratorPrototype);

  const listeners = [];
  function addListener(target, name, fn) {
    eventTargetAgnosticAddListener(target, name, fn);
    listeners.push(target, name, fn);
  }
  function removeAll() {
    while (listeners.length > 0) {
      const fn = listeners.pop();
      const name = listeners.pop();
      const target = listeners.pop();
      eventTargetAgnosticRemoveListener(target, name, fn);
    }
  }

  addListener(emitter, event, options[kFirstEventParam] ?
    eventHandler : function(...args) { return eventHandler(args); });
  if (event !== 'error' && typeof emitter.on === 'function') {
    addListener(emitter, 'error', errorHandler);
  }
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) {
      addListener(emitter, closeEvents[i], closeHandler);
    }
  }

  const abortListenerDisposable = signal ? addAbortListener(signal, abortListener) : null;

  return iterator;

  function abortListener() {
    errorHandler(new (errors().AbortError)(undefined, { cause: signal?.reason }));
  }

  function eventHandler(value) {
    if (unconsumedPromises.isEmpty()) {
      size++;
      if (!paused && size > highWatermark) {
        paused = true;
        emitter.pause();
      }
      unconsumedEvents.push(value);
    } else {
      unconsumedPromises.shift().resolve(createIterResult(value, false));
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.isEmpty()) error = err;
    else unconsumedPromises.shift().reject(err);

    closeHandler();
  }

  function closeHandler() {
    abortListenerDisposable?.[SymbolDispose]();
    removeAll();
    finished = true;
    const doneResult = createIterResult(undefined, true);
    while (!unconsumedPromises.isEmpty()) {
      unconsumedPromises.shift().resolve(doneResult);
    }
    return Promise.resolve(doneResult);
  }
}

function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, resistFlags(true));
    removeEventListener = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      removeEventListener?.();
    },
  };
}

// Without async_hooks in this runtime the resource only carries ids; emit()
// runs listeners synchronously like a plain EventEmitter.
function makeEventEmitterAsyncResource() {
  let nextAsyncId = 1;

  class EventEmitterReferencingAsyncResource {
    #eventEmitter;
    #asyncId;
    #triggerAsyncId;
    constructor(ee, type, options) {
      this.#eventEmitter = ee;
      this.#asyncId = ++nextAsyncId;
      const trigger = options?.triggerAsyncId;
      this.#triggerAsyncId = typeof trigger === 'number' ? trigger : 1;
    }
    get eventEmitter() {
      return this.#eventEmitter;
    }
    asyncId() {
      return this.#asyncId;
    }
    triggerAsyncId() {
      return this.#triggerAsyncId;
    }
    runInAsyncScope(fn, thisArg, ...args) {
      return ReflectApply(fn, thisArg, args);
    }
    emitDestroy() {
      return this;
    }
    bind(fn) {
      return fn.bind(this);
    }
  }

  class EventEmitterAsyncResource extends EventEmitter {
    #asyncResource;
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) {
          validateString(options?.name, 'options.name');
        }
        name = options?.name || new.target.name;
      }
      super(options);
      this.#asyncResource = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      return this.#asyncResource.runInAsyncScope(super.emit, this, event, ...args);
    }

    emitDestroy() {
      this.#asyncResource.emitDestroy();
    }

    get asyncId() {
      return this.#asyncResource.asyncId();
    }

    get triggerAsyncId() {
      return this.#asyncResource.triggerAsyncId();
    }

    get asyncResource() {
      return this.#asyncResource;
    }
  }
  return EventEmitterAsyncResource;
}

module.exports = {
  addAbortListener,
  eventTargetAgnosticAddListener,
  eventTargetAgnosticRemoveListener,
  makeEventEmitterAsyncResource,
  on,
  resistFlags,
};
