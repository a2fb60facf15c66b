const EventEmitter = require('events');
class Thing extends EventEmitter {}
const e = new Thing();
setTimeout(() => e.emit('error', new Error('later')), 1);
