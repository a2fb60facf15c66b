// MaxListenersExceededWarning: text, properties, once per event, limits.
'use strict';
const EventEmitter = require('events');

process.on('warning', (w) => {
  console.log('warning:', w.name);
  console.log('  message:', w.message);
  console.log('  keys:', Object.keys(w));
  console.log('  type:', String(w.type), 'count:', w.count, 'emitter ok:', w.emitter instanceof EventEmitter);
  console.log('  toString:', String(w));
});

const e = new EventEmitter();
console.log('default', e.getMaxListeners(), EventEmitter.defaultMaxListeners);
for (let i = 0; i < 11; i++) e.on('foo', () => {});
for (let i = 0; i < 5; i++) e.on('foo', () => {}); // warns only once per event

const f = new EventEmitter();
f.setMaxListeners(2);
f.on('bar', () => {});
f.on('bar', () => {});
f.on('bar', () => {});
f.on(Symbol('sym'), () => {});
f.on(Symbol('sym'), () => {});

class Custom extends EventEmitter {}
const c = new Custom();
c.setMaxListeners(1);
c.on('x', () => {});
c.on('x', () => {});

// 0 and Infinity mean unlimited.
const u = new EventEmitter();
u.setMaxListeners(0);
for (let i = 0; i < 20; i++) u.on('many', () => {});
console.log('unlimited', u.getMaxListeners(), u.listenerCount('many'));
u.setMaxListeners(Infinity);
console.log(u.getMaxListeners());

// defaultMaxListeners applies to emitters without their own limit.
EventEmitter.defaultMaxListeners = 1;
const d = new EventEmitter();
console.log('after default change', d.getMaxListeners());
d.on('y', () => {});
d.on('y', () => {});
EventEmitter.defaultMaxListeners = 10;

// Removing below the limit and adding again re-warns only with a new array.
const g = new EventEmitter();
g.setMaxListeners(1);
const h1 = () => {};
g.on('z', h1);
g.on('z', () => {});
g.removeListener('z', h1);
g.on('z', () => {});
console.log('sync done');
