// removeAllListeners with and without a type, and 'removeListener' order.
'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
function a() {}
function b() {}
function c() {}
e.on('x', a);
e.on('x', b);
e.on('y', c);
e.on(Symbol.for('s'), a);
console.log(e.removeAllListeners('x') === e, e.eventNames());
e.removeAllListeners('missing');
console.log(e.eventNames());
e.removeAllListeners();
console.log(e.eventNames(), e._eventsCount);

const r = new EventEmitter();
r.on('removeListener', function onRemove(name, fn) {
  console.log('removed', String(name), fn.name || '(anon)');
});
r.on('x', a);
r.on('x', b);
r.on('x', c);
r.on('y', a);
r.on(Symbol('sym'), b);
console.log('-- removeAllListeners(x)');
r.removeAllListeners('x');
console.log('-- removeAllListeners()');
r.removeAllListeners();
console.log(r.eventNames(), r.listenerCount('removeListener'));

// removeAllListeners inside an emit does not stop the current emit.
const d = new EventEmitter();
d.on('go', () => { console.log('go1'); d.removeAllListeners('go'); });
d.on('go', () => console.log('go2'));
d.emit('go');
console.log(d.emit('go'));
