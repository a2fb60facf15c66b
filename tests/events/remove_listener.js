// removeListener/off: semantics, snapshot during emit, last instance first.
'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
function a() { console.log('a'); }
function b() { console.log('b'); }
function c() { console.log('c'); }

console.log(e.off === e.removeListener, e.removeListener('none', a) === e);
e.on('x', a);
e.on('x', b);
e.on('x', a);
e.removeListener('x', a); // removes the last-added `a`
console.log(e.listeners('x').map((f) => f.name));
e.off('x', b);
console.log(e.listeners('x').map((f) => f.name));
e.removeListener('x', a);
console.log(e.listeners('x'), e.eventNames());

// Removing a listener that was never added is a no-op.
e.on('y', a);
e.removeListener('y', c);
console.log(e.listeners('y').map((f) => f.name));

// Listeners removed during emit still run in that emit (snapshot).
const s = new EventEmitter();
s.on('z', () => { console.log('z1 removes z2'); s.removeListener('z', z2); });
function z2() { console.log('z2'); }
s.on('z', z2);
s.on('z', () => console.log('z3'));
s.emit('z');
console.log('second emit');
s.emit('z');

// Listeners added during emit wait for the next emit.
const t = new EventEmitter();
t.on('w', () => { console.log('w1 adds w-late'); t.on('w', () => console.log('w-late')); });
t.on('w', () => console.log('w2'));
t.emit('w');
console.log('count', t.listenerCount('w'));
t.emit('w');

// 'removeListener' event arguments.
const r = new EventEmitter();
r.on('removeListener', (name, fn) => console.log('removeListener event:', name, fn.name));
function once1() {}
r.on('p', a);
r.on('p', b);
r.removeListener('p', b);
r.removeListener('p', a);
r.once('q', once1);
r.removeListener('q', once1);
r.once('q', once1);
r.emit('q');
r.once('q2', once1);
r.on('q2', a);
r.emit('q2');
