// 'newListener' fires before the listener is added, with unwrapped once listeners.
'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
e.on('newListener', (name, listener) => {
  console.log('newListener', String(name), listener.name, 'count before:', e.listenerCount(name));
});
function foo() {}
function bar() {}
e.on('foo', foo);
e.once('foo', bar);
e.prependListener(Symbol('s'), foo);
e.prependOnceListener('foo', bar);
console.log(e.listeners('foo').map((f) => f.name));

// Adding a listener for the same event inside 'newListener' puts it first.
const f = new EventEmitter();
f.once('newListener', (name) => {
  if (name === 'evt') f.on('evt', () => console.log('added in newListener'));
});
f.on('evt', () => console.log('original'));
f.emit('evt');

// 'newListener' sees its own registration only for later listeners.
const g = new EventEmitter();
g.on('newListener', function nl(name) { console.log('g newListener', name); });
g.on('newListener', function nl2() {});
