// errorMonitor sees 'error' emissions before the regular listeners or the throw.
'use strict';
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;

console.log(typeof errorMonitor, String(errorMonitor), errorMonitor === EventEmitter.errorMonitor);

const e = new EventEmitter();
e.on(errorMonitor, (err, extra) => console.log('monitor:', err.message, extra));
try {
  e.emit('error', new Error('first'), 'more');
} catch (err) {
  console.log('thrown:', err.message);
}
e.on('error', (err) => console.log('listener:', err.message));
console.log(e.emit('error', new Error('second')));
console.log(e.eventNames());
console.log(e.listenerCount(errorMonitor));

// Emitting errorMonitor directly is just another event.
console.log(e.emit(errorMonitor, new Error('direct'), 1));
