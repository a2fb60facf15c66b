// Sets up the realm for user code: V8-shaped stacks, `process`, the globals Node
// defines, the native callbacks (ticks, rejections, timers, uncaught exceptions,
// exit), and then runs the program.

const stackTrace = require('internal/bootstrap/stack_trace');
stackTrace.install();

// The engine's own helpers that Node does not have must not be visible to user code.
const engineQueueMicrotask = globalThis.queueMicrotask;

const process = require('internal/bootstrap/process').createProcess();

function defineData(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, { value, writable: true, enumerable, configurable: true });
}

// A global that is loaded on first use and then becomes a plain data property.
function defineLazy(name, load, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    get() {
      const value = load();
      defineData(name, value, enumerable);
      return value;
    },
    set(value) { defineData(name, value, enumerable); },
    enumerable,
    configurable: true,
  });
}

function defineAccessor(name, value) {
  let v = value;
  Object.defineProperty(globalThis, name, {
    get() { return v; },
    set(nv) { v = nv; },
    enumerable: false,
    configurable: true,
  });
}

const taskQueues = require('internal/process/task_queues');

function setupGlobals() {
  defineData('global', globalThis, true);
  defineAccessor('process', process);
  Object.defineProperty(globalThis, Symbol.toStringTag, {
    value: 'global', writable: false, enumerable: false, configurable: true,
  });

  // The timer functions load internal/timers on first use (it registers the
  // native timer callbacks when it loads).
  const timers = () => require('internal/timers');
  defineLazy('clearImmediate', () => timers().clearImmediate, true);
  defineLazy('setImmediate', () => timers().setImmediate, true);
  defineLazy('clearInterval', () => timers().clearInterval, true);
  defineLazy('clearTimeout', () => timers().clearTimeout, true);
  defineLazy('setInterval', () => timers().setInterval, true);
  defineLazy('setTimeout', () => timers().setTimeout, true);

  defineData('queueMicrotask', function queueMicrotask(callback) {
    if (typeof callback !== 'function') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    // The domain module wraps callbacks through this hook rather than replacing the
    // global (test suites check globals' identity).
    const hook = taskQueues.microtaskHook;
    engineQueueMicrotask(hook === null ? callback : hook(callback));
  }, true);
  defineLazy('structuredClone', () => require('internal/structured_clone').structuredClone, true);
  defineData('fetch', async function fetch() {
    throw require('internal/not_implemented').notImplemented('fetch()');
  }, true);
  // The same functions as require('buffer').atob/btoa, loaded on first use.
  defineLazy('atob', () => require('buffer').atob, true);
  defineLazy('btoa', () => require('buffer').btoa, true);

  defineLazy('console', () => require('internal/console/global'));
  let bufferValue;
  Object.defineProperty(globalThis, 'Buffer', {
    get() { return bufferValue === undefined ? (bufferValue = require('buffer').Buffer) : bufferValue; },
    set(v) { bufferValue = v; },
    enumerable: false,
    configurable: true,
  });
  defineLazy('TextEncoder', () => require('internal/encoding').TextEncoder);
  defineLazy('TextDecoder', () => require('internal/encoding').TextDecoder);
  defineLazy('EventTarget', () => require('internal/event_target').EventTarget);
  defineLazy('Event', () => require('internal/event_target').Event);
  defineLazy('CustomEvent', () => require('internal/event_target').CustomEvent);
  defineLazy('AbortController', () => require('internal/abort_controller').AbortController);
  defineLazy('AbortSignal', () => require('internal/abort_controller').AbortSignal);
  defineLazy('URL', () => require('internal/whatwg_url').URL);
  defineLazy('URLSearchParams', () => require('internal/whatwg_url').URLSearchParams);
  defineLazy('DOMException', () => require('internal/per_context/domexception').DOMException);
}

function setupCallbacks() {
  const promises = require('internal/process/promises');
  promises.setup();
  require('internal/process/task_queues').setupTaskQueue(promises);

  const errorsBinding = internalBinding('errors');
  // process._fatalException is what Node calls for an uncaught error; a program
  // that replaces it with a non-function gets exit code 6 (the error printed first).
  process._fatalException = (er, fromPromise) =>
    require('internal/process/execution').onGlobalUncaughtException(er, fromPromise);
  errorsBinding.setUncaughtExceptionCallback((er, fromPromise) => {
    const handler = process._fatalException;
    if (typeof handler !== 'function') {
      require('internal/process/execution').printUncaught(er, fromPromise);
      return 6;
    }
    return handler(er, fromPromise);
  });
  errorsBinding.setEmitExitCallbacks(
    function emitBeforeExit() {
      process.emit('beforeExit', process.exitCode || 0);
    },
    function emitExit() {
      if (!process._exiting) {
        process._exiting = true;
        // An ES entry point left waiting at a top-level await exits with 13.
        require('internal/modules/run_main').handleProcessExit();
        process.emit('exit', process.exitCode || 0);
      }
      return process.exitCode || 0;
    });
  const uvExceptionFactory = (errno, syscall, path, dest) => {
    const { uvException } = require('internal/errors');
    // Property order as Node's native errors: errno, code, syscall, path, dest.
    const ctx = { errno, code: undefined, syscall };
    if (path != null) ctx.path = path;
    if (dest != null) ctx.dest = dest;
    return uvException(ctx);
  };
  require('internal/bootstrap/stack_trace').setNodeFrame(uvExceptionFactory, { drop: true });
  errorsBinding.setUVExceptionFactory(uvExceptionFactory);

  require('internal/process/signals').setupSignalHandlers(process);

  if (!process.execArgv.includes('--no-warnings')) {
    process.on('warning', function onWarning(warning) {
      return require('internal/process/warning').onWarning(warning);
    });
  }
}

function start() {
  delete globalThis.queueMicrotask;
  // QuickJS's own error class; V8 has none, and Node programs test for globals.
  delete globalThis.InternalError;
  setupGlobals();
  setupCallbacks();
  require('internal/main/run').run();
}

module.exports = { start };
