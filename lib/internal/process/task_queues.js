// process.nextTick and the tick processor the native side runs after every callback:
// all queued ticks, then all microtasks, repeated until both are empty (Node's order).

const {
  setTickCallback,
  runMicrotasks,
  setHasRejectionToWarn,
} = internalBinding('task_queue');
// internal/validators loads only to throw.
function validateFunction(value, name) {
  if (typeof value !== 'function') require('internal/validators').validateFunction(value, name);
}

// A growable ring buffer: push/shift are O(1) without Array#shift's copying.
class FixedQueue {
  constructor() {
    this.items = new Array(2048);
    this.head = 0;
    this.tail = 0;
    this.mask = 2047;
  }
  isEmpty() { return this.head === this.tail; }
  push(v) {
    this.items[this.head] = v;
    this.head = (this.head + 1) & this.mask;
    if (this.head === this.tail) this.grow();
  }
  grow() {
    const old = this.items;
    const n = old.length;
    const items = new Array(n * 2);
    let j = 0;
    for (let i = this.tail; j < n; i = (i + 1) & this.mask) items[j++] = old[i];
    this.items = items;
    this.tail = 0;
    this.head = n;
    this.mask = n * 2 - 1;
  }
  shift() {
    if (this.head === this.tail) return null;
    const v = this.items[this.tail];
    this.items[this.tail] = undefined;
    this.tail = (this.tail + 1) & this.mask;
    return v;
  }
}

const queue = new FixedQueue();
let tickScheduled = false;
let processPromiseRejections = () => false;

// Shared with the host (as Node's tickInfo): [hasTickScheduled, immediateCount].
const loopInfo = new Int32Array(internalBinding('task_queue').loopInfo);
const kHasTickScheduled = 0;

function setHasTick(v) {
  if (tickScheduled !== v) {
    tickScheduled = v;
    loopInfo[kHasTickScheduled] = v ? 1 : 0;
  }
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  const hook = module.exports.microtaskHook;
  if (hook !== null) callback = hook(callback);
  if (!tickScheduled) setHasTick(true);
  queue.push({ callback, args });
}

// Promise jobs run from here. Node runs them from native code, so no frame of
// the tick machinery shows below a job in a stack (this one hides the rest).
function drainMicrotasks() {
  runMicrotasks();
}

function runNextTicks() {
  if (!tickScheduled && !hasRejectionToWarn()) drainMicrotasks();
  if (!tickScheduled && !hasRejectionToWarn()) return;
  processTicksAndRejections();
}

let rejectionsPending = false;
function hasRejectionToWarn() { return rejectionsPending; }

function processTicksAndRejections() {
  let tock;
  do {
    while ((tock = queue.shift()) !== null) {
      const { callback, args } = tock;
      if (args.length === 0) callback();
      else callback(...args);
    }
    drainMicrotasks();
  } while (!queue.isEmpty() || processPromiseRejections());
  setHasTick(false);
  rejectionsPending = false;
  setHasRejectionToWarn(false);
}

function setupTaskQueue(promises) {
  processPromiseRejections = promises.processPromiseRejections;
  promises.onRejectionToWarn = () => { rejectionsPending = true; };
  setTickCallback(processTicksAndRejections);
}

{
  const { setNodeFrame } = require('internal/bootstrap/stack_trace');
  setNodeFrame(processTicksAndRejections, {
    text(above) {
      // Node's loop calls tick callbacks at line 85 and the rejection pass at 106.
      const name = above === undefined ? '' : above.getFunctionName();
      return name === 'processPromiseRejections' ?
        'process.processTicksAndRejections (node:internal/process/task_queues:106:37)' :
        'process.processTicksAndRejections (node:internal/process/task_queues:85:11)';
    },
  });
  setNodeFrame(drainMicrotasks, { drop: true, rest: true });
}

module.exports = {
  // Set by the domain module: wraps each nextTick and queueMicrotask callback.
  microtaskHook: null,
  nextTick,
  runNextTicks,
  setupTaskQueue,
  processTicksAndRejections,
};
