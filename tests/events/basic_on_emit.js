// on/emit basics: argument passing, `this`, listener order, return values.
'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
console.log('emit without listeners:', e.emit('nothing', 1));

e.on('data', function (a, b, c) {
  console.log('first', a, b, c, this === e, arguments.length);
});
e.addListener('data', (...args) => {
  console.log('second', args);
});
console.log('on returns emitter:', e.on('other', () => {}) === e);

console.log('emit returns:', e.emit('data', 1, 'two', { three: 3 }));
console.log('emit no args:', e.emit('data'));
console.log('emit 5 args:', e.emit('data', 1, 2, 3, 4, 5));

// Symbol and numeric event names
const sym = Symbol('evt');
e.on(sym, (v) => console.log('symbol event', v));
e.emit(sym, 'ok');
e.on(42, (v) => console.log('numeric event', v));
e.emit('42', 'as string');
e.emit(42, 'as number');

// The same listener can be added several times.
const counter = { n: 0 };
function inc() { counter.n++; }
e.on('inc', inc);
e.on('inc', inc);
e.on('inc', inc);
e.emit('inc');
console.log('count after duplicate listeners:', counter.n, e.listenerCount('inc'));

// Return values of listeners are ignored.
e.on('ret', () => 42);
console.log('emit with returning listener:', e.emit('ret'));
console.log(e.eventNames());
