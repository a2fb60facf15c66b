// Listener arrays are copied on write while an emit walks them.
'use strict';
const util = require('util');
const EventEmitter = require('events');

const e = new EventEmitter();
const order = [];
function a() {
  order.push('a');
  e.on('x', c);           // added during emit: runs next time
  e.removeListener('x', b); // removed during emit: still runs this time
}
function b() { order.push('b'); }
function c() { order.push('c'); }
e.on('x', a);
e.on('x', b);
const before = e._events.x;
e.emit('x');
console.log(order.join(','), e._events.x === before, e.listeners('x').map((f) => f.name));
order.length = 0;
e.emit('x');
console.log(order.join(','));

// Nested emits of the same event.
const n = new EventEmitter();
let depth = 0;
n.on('r', function first() {
  const d = depth++;
  console.log('first at depth', d);
  if (d < 2) n.emit('r');
});
n.on('r', function second() { console.log('second'); });
n.emit('r');

// A throwing listener leaves the emitter usable.
const t = new EventEmitter();
t.on('boom', () => { throw new Error('listener threw'); });
t.on('boom', () => console.log('not reached'));
try {
  t.emit('boom');
} catch (err) {
  console.log(err.message);
}
t.on('boom', () => {});
console.log(t.listenerCount('boom'));

// The internal storage as seen by inspect.
const s = new EventEmitter();
s.on('k', a);
s.on('k', b);
console.log(util.inspect(s._events, { showHidden: false }));
