// The `worker_threads` module as seen from the main thread. Workers themselves (a
// runtime per thread) arrive with the worker_threads issue.

const { stubFunction } = require('internal/not_implemented');

const environmentData = new Map();

module.exports = {
  isMainThread: true,
  parentPort: null,
  threadId: 0,
  workerData: null,
  resourceLimits: {},
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker: stubFunction('worker_threads.Worker'),
  MessageChannel: stubFunction('worker_threads.MessageChannel'),
  MessagePort: stubFunction('worker_threads.MessagePort'),
  BroadcastChannel: stubFunction('worker_threads.BroadcastChannel'),
  markAsUntransferable() {},
  isMarkedAsUntransferable() { return false; },
  markAsUncloneable() {},
  moveMessagePortToContext: stubFunction('worker_threads.moveMessagePortToContext()'),
  receiveMessageOnPort: stubFunction('worker_threads.receiveMessageOnPort()'),
  getEnvironmentData(key) { return environmentData.get(key); },
  setEnvironmentData(key, value) {
    if (value === undefined) environmentData.delete(key);
    else environmentData.set(key, value);
  },
};
