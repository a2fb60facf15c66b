// The public `timers` module.

const timers = require('internal/timers');

module.exports = {
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  setInterval: timers.setInterval,
  clearInterval: timers.clearInterval,
  setImmediate: timers.setImmediate,
  clearImmediate: timers.clearImmediate,
  active(item) { timers.active(item); },
  unenroll(item) { timers.unenroll(item); },
  enroll(item, msecs) {
    item._idleTimeout = msecs;
    timers.unenroll(item);
    item._idleTimeout = msecs;
  },
  get promises() { return require('timers/promises'); },
};
