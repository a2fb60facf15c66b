// Timers as Node keeps them: one list per duration (ordered by start time), the lists
// in a priority queue by expiry, and a single native loop timer armed for the nearest
// expiry. setImmediate callbacks live in a linked list run by the loop's check phase.

const binding = internalBinding('timers');
const { scheduleTimer, toggleTimerRef, getLibuvNow, toggleImmediateRef } = binding;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');

let asyncIdCounter = 1;
function newAsyncId() { return ++asyncIdCounter; }

// ---- linked lists (Node's internal/linkedlist) ----------------------------------
const L = {
  init(list) { list._idleNext = list; list._idlePrev = list; return list; },
  peek(list) { return list._idlePrev === list ? null : list._idlePrev; },
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    item._idleNext = null;
    item._idlePrev = null;
  },
  append(list, item) {
    if (item._idleNext || item._idlePrev) L.remove(item);
    item._idleNext = list._idleNext;
    item._idlePrev = list;
    list._idleNext._idlePrev = item;
    list._idleNext = item;
  },
  isEmpty(list) { return list._idleNext === list; },
};

// ---- priority queue (1-based binary heap) -----------------------------------------
class PriorityQueue {
  constructor() { this.heap = [undefined]; this.size = 0; }
  compare(a, b) { return a.expiry - b.expiry || a.id - b.id; }
  set(pos, node) { this.heap[pos] = node; node.priorityQueuePosition = pos; }
  insert(node) {
    let pos = ++this.size;
    while (pos > 1) {
      const parent = pos >>> 1;
      const p = this.heap[parent];
      if (this.compare(p, node) <= 0) break;
      this.set(pos, p);
      pos = parent;
    }
    this.set(pos, node);
  }
  peek() { return this.heap[1]; }
  percolateDown(pos) {
    const heap = this.heap;
    const size = this.size;
    const item = heap[pos];
    const hsize = size >>> 1;
    while (pos <= hsize) {
      let child = pos << 1;
      const next = child + 1;
      let c = heap[child];
      if (next <= size && this.compare(heap[next], c) < 0) {
        child = next;
        c = heap[child];
      }
      if (this.compare(item, c) <= 0) break;
      this.set(pos, c);
      pos = child;
    }
    this.set(pos, item);
  }
  percolateUp(pos) {
    const heap = this.heap;
    const item = heap[pos];
    while (pos > 1) {
      const parent = heap[pos >>> 1];
      if (this.compare(parent, item) <= 0) break;
      this.set(pos, parent);
      pos >>>= 1;
    }
    this.set(pos, item);
  }
  removeAt(pos) {
    const heap = this.heap;
    const size = --this.size;
    heap[pos] = heap[size + 1];
    heap[size + 1] = undefined;
    if (size > 0 && pos <= size) {
      heap[pos].priorityQueuePosition = pos;
      if (pos > 1 && this.compare(heap[pos >>> 1], heap[pos]) > 0) this.percolateUp(pos);
      else this.percolateDown(pos);
    }
  }
  shift() {
    const head = this.heap[1];
    if (head === undefined) return;
    this.removeAt(1);
    return head;
  }
}

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }
}

let timerListId = Number.MIN_SAFE_INTEGER;
const timerListQueue = new PriorityQueue();
const timerListMap = { __proto__: null };
const knownTimersById = { __proto__: null };
let nextExpiry = Infinity;
let refCount = 0;

function incRefCount() { if (refCount++ === 0) toggleTimerRef(true); }
function decRefCount() { if (--refCount === 0) toggleTimerRef(false); }

// Negative and NaN delays warn once per process each; a missing delay never warns.
let warnedNegative = false;
let warnedNaN = false;
function normalizeDelay(after) {
  const given = after !== undefined;
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
                          '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    } else if (after < 0 && !warnedNegative) {
      warnedNegative = true;
      process.emitWarning(`${after} is a negative number.` +
                          '\nTimeout duration was set to 1.', 'TimeoutNegativeWarning');
    } else if (given && Number.isNaN(after) && !warnedNaN) {
      warnedNaN = true;
      process.emitWarning(`${after} is not a number.` +
                          '\nTimeout duration was set to 1.', 'TimeoutNaNWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = normalizeDelay(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = newAsyncId();
    this[triggerAsyncIdSymbol] = 1;
  }

  refresh() {
    if (this[kRefed]) active(this);
    else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() { return this[kRefed]; }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}
if (Symbol.dispose) {
  Timeout.prototype[Symbol.dispose] = function() { clearTimeout(this); };
}

function insert(item, msecs, start = getLibuvNow()) {
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    timerListQueue.insert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  L.append(list, item);
}

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const isDestroyed = item._destroyed;
  if (isDestroyed) item._destroyed = false;
  if (isDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

function active(item) { insertGuarded(item, true); }
function unrefActive(item) { insertGuarded(item, false); }

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  L.remove(item);
  if (item[kRefed]) {
    const msecs = Math.trunc(item._idleTimeout);
    const list = timerListMap[msecs];
    if (list !== undefined && L.isEmpty(list)) {
      timerListQueue.removeAt(list.priorityQueuePosition);
      delete timerListMap[list.msecs];
    }
    decRefCount();
  }
  item._idleTimeout = -1;
}

let runNextTicks;

function processTimers(now) {
  nextExpiry = Infinity;
  let list;
  let ranAtLeastOneList = false;
  while ((list = timerListQueue.peek()) != null) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranAtLeastOneList) runNextTicks();
    else ranAtLeastOneList = true;
    listOnTimeout(list, now);
  }
  return 0;
}

function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let ranAtLeastOneTimer = false;
  let timer;
  while ((timer = L.peek(list)) != null) {
    const diff = now - timer._idleStart;
    if (diff < msecs) {
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      timerListQueue.percolateDown(1);
      return;
    }
    if (ranAtLeastOneTimer) runNextTicks();
    else ranAtLeastOneTimer = true;
    L.remove(timer);
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
      }
      continue;
    }
    let start;
    if (timer._repeat) start = getLibuvNow();
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else Reflect.apply(timer._onTimeout, timer, args);
    } finally {
      if (timer._repeat && timer._idleTimeout !== -1) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
        if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
      }
    }
  }
  if (list === timerListMap[msecs]) {
    delete timerListMap[msecs];
    timerListQueue.shift();
  }
}

// ---- immediates -------------------------------------------------------------------
class ImmediateList {
  constructor() { this.head = null; this.tail = null; }
  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

const immediateQueue = new ImmediateList();
const outstandingQueue = new ImmediateList();
let immediateCount = 0;
let immediateRefCount = 0;

// Shared with the host (see internal/process/task_queues): the check phase calls
// processImmediate while this is non-zero.
const loopInfo = new Int32Array(internalBinding('task_queue').loopInfo);
const kImmediateCount = 1;
// toggleImmediateRef is a call into the host: made on changes only.
let immediateRefOn = false;
function setImmediateRef(on) {
  if (on !== immediateRefOn) {
    immediateRefOn = on;
    toggleImmediateRef(on);
  }
}

function setCount(n) {
  immediateCount = n;
  loopInfo[kImmediateCount] = n;
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[asyncIdSymbol] = newAsyncId();
    this[triggerAsyncIdSymbol] = 1;
    this.ref();
    setCount(immediateCount + 1);
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateRefCount++ === 0) setImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateRefCount === 0) setImmediateRef(false);
    }
    return this;
  }

  hasRef() { return !!this[kRefed]; }
}
if (Symbol.dispose) {
  Immediate.prototype[Symbol.dispose] = function() { clearImmediate(this); };
}

function processImmediate() {
  const queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  let immediate = queue.head;
  if (queue !== outstandingQueue) {
    queue.head = queue.tail = null;
  }
  let prevImmediate;
  let ranAtLeastOneImmediate = false;
  while (immediate !== null) {
    if (ranAtLeastOneImmediate) runNextTicks();
    else ranAtLeastOneImmediate = true;
    if (immediate._destroyed) {
      outstandingQueue.head = immediate = prevImmediate._idleNext;
      continue;
    }
    immediate._destroyed = true;
    setCount(immediateCount - 1);
    if (immediate[kRefed]) immediateRefCount--;
    immediate[kRefed] = null;
    prevImmediate = immediate;
    try {
      const argv = immediate._argv;
      if (!argv) immediate._onImmediate();
      else immediate._onImmediate(...argv);
    } finally {
      immediate._onImmediate = null;
      outstandingQueue.head = immediate = immediate._idleNext;
      if (immediateRefCount === 0) setImmediateRef(false);
    }
  }
  if (queue === outstandingQueue) outstandingQueue.head = null;
  if (immediateRefCount === 0) setImmediateRef(false);
}

// ---- public API helpers --------------------------------------------------------
function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let i, args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default:
      args = [arg1, arg2, arg3];
      for (i = 5; i < arguments.length; i++) args[i - 2] = arguments[i];
      break;
  }
  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let i, args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default:
      args = [arg1, arg2, arg3];
      for (i = 5; i < arguments.length; i++) args[i - 2] = arguments[i];
      break;
  }
  const timeout = new Timeout(callback, repeat, args, true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownTimersById[timer];
    if (t !== undefined) {
      t._onTimeout = null;
      unenroll(t);
    }
  }
}

function clearInterval(timer) {
  if (timer && timer._idleTimeout !== undefined && timer._onTimeout) timer._repeat = null;
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let i, args;
  switch (arguments.length) {
    case 0: case 1: break;
    case 2: args = [arg1]; break;
    case 3: args = [arg1, arg2]; break;
    default:
      args = [arg1, arg2, arg3];
      for (i = 4; i < arguments.length; i++) args[i - 1] = arguments[i];
      break;
  }
  return new Immediate(callback, args);
}

function clearImmediate(immediate) {
  // Anything but an Immediate (a Timeout, say) is left alone.
  if (!(immediate instanceof Immediate) || immediate._destroyed) return;
  setCount(immediateCount - 1);
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateRefCount === 0) setImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
  }
}

// util.promisify(setTimeout) and util.promisify(setImmediate) give the timers/promises
// forms, which resolve with the value argument instead of taking a callback.
for (const fn of [setTimeout, setImmediate]) {
  const name = fn.name;
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    get() { return require('timers/promises')[name]; },
    enumerable: true,
    configurable: false,
  });
}

// process.getActiveResourcesInfo(): one 'Timeout' per referenced live timer and
// one 'Immediate' per referenced queued immediate.
// As in Node, from the ref counts: a timer whose callback is running still counts.
function activeResourcesInfo() {
  const out = [];
  for (let i = 0; i < refCount; i++) out.push('Timeout');
  for (let i = 0; i < immediateRefCount; i++) out.push('Immediate');
  return out;
}

function setupTimers() {
  runNextTicks = require('internal/process/task_queues').runNextTicks;
  binding.setupTimers(processImmediate, processTimers);
}
// Nothing can be scheduled before this module loads, so it hooks itself up here.
setupTimers();

// Frames as Node 24.21.0 prints them, with the user callbacks they run named by
// the object they are called on (see setNodeFrame in internal/bootstrap/stack_trace).
{
  const { setNodeFrame } = require('internal/bootstrap/stack_trace');
  setNodeFrame(listOnTimeout, {
    text: 'listOnTimeout (node:internal/timers:685:17)',
    callee: (name) => (name ? `Timeout.${name} [as _onTimeout]` : 'Timeout._onTimeout'),
  });
  setNodeFrame(processTimers, { text: 'process.processTimers (node:internal/timers:618:7)' });
  setNodeFrame(processImmediate, {
    text: 'process.processImmediate (node:internal/timers:574:21)',
    callee: (name) => `Immediate.${name || '<anonymous>'}`,
  });
}

module.exports = {
  TIMEOUT_MAX,
  kRefed,
  kHasPrimitive,
  asyncIdSymbol,
  triggerAsyncIdSymbol,
  Timeout,
  Immediate,
  TimersList,
  setTimeout,
  setInterval,
  clearTimeout,
  clearInterval,
  setImmediate,
  clearImmediate,
  active,
  unrefActive,
  insert,
  unenroll,
  setupTimers,
  getLibuvNow,
  activeResourcesInfo,
};
