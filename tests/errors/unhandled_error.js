'use strict';
// ERR_UNHANDLED_ERROR from EventEmitter.emit('error', nonError).
const EventEmitter = require('events');
for (const v of ['a string', 42, { a: 1 }, undefined, null]) {
  try {
    new EventEmitter().emit('error', v);
  } catch (e) {
    console.log(e.name, e.code, '|', e.message, '|', e.context === v);
  }
}
try { new EventEmitter().emit('error', new RangeError('real')); } catch (e) { console.log(e.name, e.message, e.code); }
