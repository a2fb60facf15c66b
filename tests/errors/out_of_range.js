'use strict';
// ERR_OUT_OF_RANGE: integer/range checks and numeric separators for big values.
const util = require('util');
const EventEmitter = require('events');
function t(fn) {
  try { fn(); console.log('no error'); } catch (e) { console.log(e.name, e.code, '|', e.message); }
}
for (const v of [1, 0, -1.5, 2 ** 32, 2 ** 32 + 1, -(2 ** 40), 2 ** 53, 1e21, Infinity, -Infinity]) {
  t(() => util.getSystemErrorName(v));
}
t(() => new EventEmitter().setMaxListeners(-1));
t(() => new EventEmitter().setMaxListeners(NaN));
t(() => util.getCallSites(0));
t(() => util.getCallSites(1.5));
t(() => util.getCallSites(1000));
