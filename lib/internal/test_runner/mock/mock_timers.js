// Placeholder for mock.timers: not implemented in rode yet.

const { notImplemented } = require('internal/not_implemented');

class MockTimers {
  enable() { throw notImplemented('mock.timers.enable()'); }
  tick() { throw notImplemented('mock.timers.tick()'); }
  setTime() { throw notImplemented('mock.timers.setTime()'); }
  runAll() { throw notImplemented('mock.timers.runAll()'); }
  reset() {}
}

module.exports = { MockTimers };
