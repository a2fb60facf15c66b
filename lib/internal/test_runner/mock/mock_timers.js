// mock.timers: a fake clock for setTimeout/setInterval/setImmediate (globals and
// node:timers), setTimeout/setImmediate of timers/promises, and Date. Time only
// moves with tick()/runAll()/setTime(); a tick sets the clock to its target
// first, then runs what is due in order of due time.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
  },
} = require('internal/errors');
const { validateArray, validateNumber, validateObject } = require('internal/validators');

const kAdd = Symbol('kAdd');
const kRemove = Symbol('kRemove');
const kReschedule = Symbol('kReschedule');
const supportedApis = ['setTimeout', 'setInterval', 'setImmediate', 'Date'];
const RealDate = Date;

class Timeout {
  constructor(clock, callback, delay, args, repeat) {
    this._clock = clock;
    this._callback = callback;
    this._args = args;
    this._delay = delay;
    this._repeat = repeat;
    this._ref = true;
  }

  ref() { this._ref = true; return this; }
  unref() { this._ref = false; return this; }
  hasRef() { return this._ref; }
  refresh() { this._clock[kReschedule](this); return this; }
  close() { this._clock[kRemove](this); return this; }
  [Symbol.dispose]() { this._clock[kRemove](this); }
}

class Immediate {
  constructor(clock, callback, args) {
    this._clock = clock;
    this._callback = callback;
    this._args = args;
    this._delay = 0;
    this._repeat = false;
    this._ref = true;
  }

  ref() { this._ref = true; return this; }
  unref() { this._ref = false; return this; }
  hasRef() { return this._ref; }
  [Symbol.dispose]() { this._clock[kRemove](this); }
}

function notEnabled() {
  return new ERR_INVALID_STATE('You should enable MockTimers first by calling the .enable function');
}

function validateTime(time) {
  if (typeof time !== 'number' || time < 0 || Number.isNaN(time)) {
    // Node's argument order, message included.
    throw new ERR_INVALID_ARG_VALUE('time', 'positive integer', time);
  }
}

class MockTimers {
  #enabled = false;
  #now = 0;
  #queue = [];
  #nextId = 1;
  #saved = null;
  #apis = [];

  tick(time = 1) {
    if (!this.#enabled) throw notEnabled();
    validateTime(time);
    const target = this.#now + time;
    this.#now = target;
    for (;;) {
      const next = this.#earliestDue(target);
      if (next === undefined) break;
      if (next._repeat) {
        next._runAt += Math.max(next._delay, 1);
      } else {
        this[kRemove](next);
      }
      Reflect.apply(next._callback, next, next._args);
    }
  }

  enable(options = {}) {
    if (this.#enabled) throw new ERR_INVALID_STATE('MockTimers is already enabled!');
    validateObject(options, 'options');
    const apis = options.apis ?? supportedApis;
    validateArray(apis, 'options.apis');
    for (const api of apis) {
      if (!supportedApis.includes(api)) {
        throw new ERR_INVALID_ARG_VALUE('options.apis', api, `option ${api} is not supported`);
      }
    }
    const now = options.now ?? 0;
    if (typeof now !== 'number' && !(now instanceof RealDate)) {
      throw new ERR_INVALID_ARG_TYPE('initialTime', 'number', now);
    }
    const start = typeof now === 'number' ? now : now.getTime();
    validateTime(start);
    this.#now = start;
    this.#apis = apis.slice();
    this.#install();
    this.#enabled = true;
  }

  setTime(milliseconds = Date.now()) {
    if (!this.#enabled) throw notEnabled();
    validateNumber(milliseconds, 'milliseconds');
    this.#now = milliseconds;
  }

  reset() {
    if (!this.#enabled) return;
    this.#uninstall();
    this.#enabled = false;
    this.#queue = [];
    this.#now = 0;
  }

  runAll() {
    if (!this.#enabled) throw notEnabled();
    let last = this.#now;
    for (const t of this.#queue) {
      if (t._runAt > last) last = t._runAt;
    }
    this.tick(last - this.#now);
  }

  [Symbol.dispose]() {
    this.reset();
  }

  // ---- the fake queue ----------------------------------------------------------

  #earliestDue(target) {
    let best;
    for (const t of this.#queue) {
      if (t._runAt > target) continue;
      if (best === undefined || t._runAt < best._runAt ||
          (t._runAt === best._runAt && t._id < best._id)) {
        best = t;
      }
    }
    return best;
  }

  [kAdd](timer) {
    timer._id = this.#nextId++;
    timer._runAt = this.#now + timer._delay;
    this.#queue.push(timer);
    return timer;
  }

  [kRemove](timer) {
    const i = this.#queue.indexOf(timer);
    if (i !== -1) this.#queue.splice(i, 1);
  }

  [kReschedule](timer) {
    timer._runAt = this.#now + timer._delay;
    if (!this.#queue.includes(timer)) this.#queue.push(timer);
  }

  // ---- replacing the real functions --------------------------------------------

  #install() {
    const clock = this;
    const timers = require('timers');
    const promises = require('timers/promises');
    const saved = { global: {}, timers: {}, promises: {}, Date: undefined };
    const replacePromise = (name, fn) => {
      saved.promises[name] = promises[name];
      promises[name] = fn;
    };
    // A promise settled by a fake timer, rejected early by options.signal.
    const promiseTimer = (delay, value, options) => {
      const signal = options?.signal;
      if (signal?.aborted) {
        const { AbortError } = require('internal/errors');
        return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
      }
      return new Promise((resolve, reject) => {
        let onAbort;
        const timer = clock[kAdd](new Timeout(clock, () => {
          if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
          resolve(value);
        }, delay, [], false));
        if (signal !== undefined) {
          onAbort = () => {
            clock[kRemove](timer);
            const { AbortError } = require('internal/errors');
            reject(new AbortError(undefined, { cause: signal.reason }));
          };
          signal.addEventListener('abort', onAbort, { once: true });
        }
      });
    };
    const replace = (name, fn) => {
      saved.global[name] = globalThis[name];
      saved.timers[name] = timers[name];
      globalThis[name] = fn;
      timers[name] = fn;
    };
    const delayOf = (ms) => {
      const n = Number(ms);
      return n >= 1 && n <= 2 ** 31 - 1 ? Math.trunc(n) : 1;
    };
    const clear = (timer) => {
      if (timer instanceof Timeout || timer instanceof Immediate) clock[kRemove](timer);
    };
    if (this.#apis.includes('setTimeout')) {
      replace('setTimeout', function setTimeout(callback, delay, ...args) {
        return clock[kAdd](new Timeout(clock, callback, delayOf(delay), args, false));
      });
      replace('clearTimeout', function clearTimeout(timer) { clear(timer); });
      replacePromise('setTimeout', function setTimeout(delay, value, options) {
        return promiseTimer(delayOf(delay), value, options);
      });
    }
    if (this.#apis.includes('setInterval')) {
      replace('setInterval', function setInterval(callback, delay, ...args) {
        return clock[kAdd](new Timeout(clock, callback, delayOf(delay), args, true));
      });
      replace('clearInterval', function clearInterval(timer) { clear(timer); });
    }
    if (this.#apis.includes('setImmediate')) {
      replace('setImmediate', function setImmediate(callback, ...args) {
        return clock[kAdd](new Immediate(clock, callback, args));
      });
      replace('clearImmediate', function clearImmediate(timer) { clear(timer); });
      replacePromise('setImmediate', function setImmediate(value, options) {
        return promiseTimer(0, value, options);
      });
    }
    if (this.#apis.includes('Date')) {
      saved.Date = globalThis.Date;
      globalThis.Date = makeMockDate(() => clock.#now);
    }
    this.#saved = saved;
  }

  #uninstall() {
    const saved = this.#saved;
    if (saved === null) return;
    const timers = require('timers');
    for (const name of Object.keys(saved.global)) {
      globalThis[name] = saved.global[name];
      timers[name] = saved.timers[name];
    }
    const promises = require('timers/promises');
    for (const name of Object.keys(saved.promises)) promises[name] = saved.promises[name];
    if (saved.Date !== undefined) globalThis.Date = saved.Date;
    this.#saved = null;
  }
}

// A Date whose "now" is the fake clock; instances are real Dates.
function makeMockDate(now) {
  function Date(...args) {
    if (new.target === undefined) return new RealDate(now()).toString();
    if (args.length === 0) return Reflect.construct(RealDate, [now()], new.target);
    return Reflect.construct(RealDate, args, new.target);
  }
  Date.now = function now_() { return now(); };
  Object.defineProperty(Date.now, 'name', { value: 'now' });
  Date.parse = RealDate.parse;
  Date.UTC = RealDate.UTC;
  Date.prototype = RealDate.prototype;
  return Date;
}

module.exports = { MockTimers };
