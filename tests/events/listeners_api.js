// listeners/rawListeners/listenerCount/eventNames.
'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
function a() {}
function b() {}
const s = Symbol('s');
e.on('x', a);
e.once('x', b);
e.on('x', a);
e.on(s, b);
e.on('y', b);

console.log(e.listeners('x').map((f) => f.name));
console.log(e.rawListeners('x').map((f) => f.name));
console.log(e.listeners('x') !== e.listeners('x'));
console.log(e.listeners('none'), e.rawListeners('none'));
console.log(e.listenerCount('x'), e.listenerCount('x', a), e.listenerCount('x', b),
            e.listenerCount('x', () => {}), e.listenerCount('none'), e.listenerCount(s, b));
console.log(e.eventNames());

// Mutating the returned array does not affect the emitter.
const arr = e.listeners('x');
arr.push(() => {});
arr.length = 0;
console.log(e.listenerCount('x'));

// Static listenerCount (deprecated but supported).
console.log(EventEmitter.listenerCount(e, 'x'), EventEmitter.listenerCount(e, 'none'));

// Single listener stored as a function.
const f = new EventEmitter();
f.once('only', a);
console.log(f.listeners('only')[0] === a, f.rawListeners('only')[0] === a, f.listenerCount('only', a));
