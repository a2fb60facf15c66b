// MaxListenersExceededWarning for EventTarget.
'use strict';
const { setMaxListeners, getMaxListeners } = require('events');

process.on('warning', (w) => {
  console.log(w.name, '|', w.message, '|', Object.keys(w), w.type, w.count, w.target.constructor.name);
});

const et = new EventTarget();
console.log(getMaxListeners(et));
for (let i = 0; i < 12; i++) et.addEventListener('foo', () => {});

class MyTarget extends EventTarget {}
const m = new MyTarget();
setMaxListeners(2, m);
for (let i = 0; i < 4; i++) m.addEventListener('bar', () => {});
// Warned once per target, until setMaxListeners resets it.
m.addEventListener('baz', () => {});
m.addEventListener('baz', () => {});
m.addEventListener('baz', () => {});
setMaxListeners(1, m);
m.addEventListener('qux', () => {});
m.addEventListener('qux', () => {});

// 0 disables the check
const z = new EventTarget();
setMaxListeners(0, z);
for (let i = 0; i < 30; i++) z.addEventListener('many', () => {});
console.log('sync done');
