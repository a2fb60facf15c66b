// timers/promises: promise forms of setTimeout/setImmediate, setInterval as an async
// iterator, and the scheduler object.

const timers = require('internal/timers');

function lazyErrors() { return require('internal/errors'); }

function validateOptions(options) {
  const { validateObject, validateAbortSignal, validateBoolean } = require('internal/validators');
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function abortError(signal) {
  const { AbortError } = lazyErrors();
  return new AbortError(undefined, { cause: signal.reason });
}

function setTimeout(after, value, options = {}) {
  try {
    if (after !== undefined) {
      const { validateNumber } = require('internal/validators');
      validateNumber(after, 'delay');
    }
    var { signal, ref } = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let oncancel;
  const p = new Promise((resolve, reject) => {
    const t = new timers.Timeout(resolve, after, [value], false, ref);
    timers.insert(t, t._idleTimeout);
    if (signal) {
      oncancel = () => {
        timers.clearTimeout(t);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', oncancel, { once: true });
    }
  });
  return oncancel !== undefined ?
    p.finally(() => signal.removeEventListener('abort', oncancel)) : p;
}

function setImmediate(value, options = {}) {
  try {
    var { signal, ref } = validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  if (signal?.aborted) return Promise.reject(abortError(signal));
  let oncancel;
  const p = new Promise((resolve, reject) => {
    const i = new timers.Immediate(resolve, [value]);
    if (!ref) i.unref();
    if (signal) {
      oncancel = () => {
        timers.clearImmediate(i);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', oncancel, { once: true });
    }
  });
  return oncancel !== undefined ?
    p.finally(() => signal.removeEventListener('abort', oncancel)) : p;
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = validateOptions(options);
  if (signal?.aborted) throw abortError(signal);
  let onCancel;
  let interval;
  try {
    let notYielded = 0;
    let callback;
    interval = new timers.Timeout(() => {
      notYielded++;
      if (callback) {
        callback();
        callback = undefined;
      }
    }, after, undefined, true, ref);
    timers.insert(interval, interval._idleTimeout);
    if (signal) {
      onCancel = () => {
        timers.clearInterval(interval);
        if (callback) {
          callback(Promise.reject(abortError(signal)));
          callback = undefined;
        }
      };
      signal.addEventListener('abort', onCancel, { once: true });
    }
    while (!signal?.aborted) {
      if (notYielded === 0) {
        await new Promise((resolve) => callback = resolve);
      }
      for (; notYielded > 0; notYielded--) yield value;
    }
    throw abortError(signal);
  } finally {
    timers.clearInterval(interval);
    signal?.removeEventListener('abort', onCancel);
  }
}

const kScheduler = Symbol('kScheduler');

// The scheduler API; its class cannot be constructed by programs.
class Scheduler {
  constructor(token) {
    if (token !== kScheduler) {
      const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = lazyErrors();
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }
  }

  yield() { return setImmediate(); }

  wait(delay, options) { return setTimeout(delay, undefined, options); }
}

const scheduler = new Scheduler(kScheduler);

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
