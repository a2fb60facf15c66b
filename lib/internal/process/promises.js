// Unhandled promise rejections: the engine reports rejections without a handler and
// handlers added later; after each round of ticks and microtasks the tick processor
// calls processPromiseRejections, which applies --unhandled-rejections (default throw).

const { setPromiseRejectCallback, setHasRejectionToWarn } = internalBinding('task_queue');
const { triggerUncaughtException } = internalBinding('errors');

const kPromiseRejectWithNoHandler = 0;
const kPromiseHandlerAddedAfterReject = 1;

const maybeUnhandledPromises = new WeakMap();
const pendingUnhandledRejections = [];
const asyncHandledRejections = [];
let lastPromiseId = 0;
let mode;

function getMode() {
  const flag = process.execArgv.find((a) => a.startsWith('--unhandled-rejections='));
  const v = flag ? flag.slice('--unhandled-rejections='.length) : 'throw';
  return ['strict', 'warn', 'none', 'warn-with-error-code', 'throw'].includes(v) ? v : 'throw';
}

function promiseRejectHandler(type, promise, reason) {
  if (type === kPromiseRejectWithNoHandler) {
    maybeUnhandledPromises.set(promise, { reason, uid: ++lastPromiseId, warned: false });
    pendingUnhandledRejections.push(promise);
    exports.onRejectionToWarn();
    setHasRejectionToWarn(true);
  } else if (type === kPromiseHandlerAddedAfterReject) {
    const info = maybeUnhandledPromises.get(promise);
    if (info !== undefined) {
      maybeUnhandledPromises.delete(promise);
      if (info.warned) {
        const warning = new Error(
          `Promise rejection was handled asynchronously (rejection id: ${info.uid})`);
        warning.name = 'PromiseRejectionHandledWarning';
        warning.id = info.uid;
        asyncHandledRejections.push({ promise, warning });
        exports.onRejectionToWarn();
        setHasRejectionToWarn(true);
      }
    }
  }
}

function isErrorLike(o) {
  return typeof o === 'object' && o !== null && Object.prototype.hasOwnProperty.call(o, 'stack');
}

function noSideEffectsToString(v) {
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    super('This error originated either by throwing inside of an async function without a ' +
          'catch block, or by rejecting a promise which was not handled with .catch().' +
          ` The promise rejected with the reason "${noSideEffectsToString(reason)}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
  }
}
Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
  value: 'UnhandledPromiseRejection', writable: true, configurable: true,
});

function isErrorObject(reason) {
  return reason instanceof Error || isErrorLike(reason);
}

function emitUnhandledRejectionWarning(uid, reason) {
  const warning = new Error(
    'Unhandled promise rejection. This error originated either by throwing inside of an ' +
    'async function without a catch block, or by rejecting a promise which was not handled ' +
    `with .catch(). To terminate the node process on unhandled promise rejection, use the CLI flag \`--unhandled-rejections=strict\` (see https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: ${uid})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  try {
    if (isErrorObject(reason)) {
      warning.stack = reason.stack;
      process.emitWarning(reason.stack, 'UnhandledPromiseRejectionWarning');
    } else {
      process.emitWarning(noSideEffectsToString(reason), 'UnhandledPromiseRejectionWarning');
    }
  } catch {}
  process.emitWarning(warning);
}

// The default mode: the rejection becomes an uncaught exception.
function throwUnhandledRejectionsMode(reason) {
  if (isErrorObject(reason)) {
    triggerUncaughtException(reason, true);
    return;
  }
  const err = new UnhandledPromiseRejection(reason);
  require('internal/bootstrap/stack_trace').decorateUncaught(err, {
    arrow: 'node:internal/process/promises:392\n      new UnhandledPromiseRejection(reason);\n      ^\n',
  });
  triggerUncaughtException(err, true);
}

function processPromiseRejections() {
  let maybeScheduled = asyncHandledRejections.length > 0;
  while (asyncHandledRejections.length > 0) {
    const { promise, warning } = asyncHandledRejections.shift();
    if (!process.emit('rejectionHandled', promise)) process.emitWarning(warning);
  }
  if (mode === undefined) mode = getMode();
  let len = pendingUnhandledRejections.length;
  while (len--) {
    const promise = pendingUnhandledRejections.shift();
    const info = maybeUnhandledPromises.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    const { reason, uid } = info;
    const emit = () => process.emit('unhandledRejection', reason, promise);
    switch (mode) {
      case 'strict': {
        const err = isErrorObject(reason) ? reason : new UnhandledPromiseRejection(reason);
        triggerUncaughtException(err, true);
        if (!emit()) emitUnhandledRejectionWarning(uid, reason);
        break;
      }
      case 'none':
        emit();
        break;
      case 'warn':
        if (!emit()) emitUnhandledRejectionWarning(uid, reason);
        break;
      case 'warn-with-error-code':
        if (!emit()) {
          emitUnhandledRejectionWarning(uid, reason);
          process.exitCode = 1;
        }
        break;
      default:
        if (!emit()) throwUnhandledRejectionsMode(reason);
    }
    maybeScheduled = true;
  }
  return maybeScheduled || pendingUnhandledRejections.length !== 0;
}

function setup() {
  setPromiseRejectCallback(promiseRejectHandler);
}

// Frames as Node 24.21.0 prints them (see setNodeFrame in internal/bootstrap/stack_trace).
{
  const { setNodeFrame } = require('internal/bootstrap/stack_trace');
  setNodeFrame(throwUnhandledRejectionsMode, {
    text: 'throwUnhandledRejectionsMode (node:internal/process/promises:392:7)',
  });
  setNodeFrame(processPromiseRejections, {
    text: 'processPromiseRejections (node:internal/process/promises:475:17)',
  });
}

exports.setup = setup;
exports.processPromiseRejections = processPromiseRejections;
exports.onRejectionToWarn = () => {};
