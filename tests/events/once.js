// once/prependOnceListener: fire once, wrapper shape, removal by original.
'use strict';
const util = require('util');
const EventEmitter = require('events');

const e = new EventEmitter();
function onFoo(...args) {
  console.log('onFoo', args, this === e);
  return 'result';
}
e.once('foo', onFoo);
console.log(e.listenerCount('foo'), e.listeners('foo')[0] === onFoo);
const raw = e.rawListeners('foo')[0];
console.log(raw === onFoo, raw.listener === onFoo, typeof raw);
console.log(util.inspect(e.rawListeners('foo')));
console.log(e.emit('foo', 1, 2));
console.log(e.emit('foo', 3));
console.log(e.listenerCount('foo'));

// Calling the raw wrapper directly fires once and removes it.
e.once('bar', onFoo);
const w = e.rawListeners('bar')[0];
console.log('direct call:', w('x'), w('y'), e.listenerCount('bar'));

// Removing a once listener through the original function.
e.once('baz', onFoo);
e.removeListener('baz', onFoo);
console.log('after remove by original:', e.listenerCount('baz'), e.emit('baz'));

// prependOnceListener runs first, once.
e.on('order', () => console.log('regular'));
e.prependOnceListener('order', () => console.log('prepended once'));
e.emit('order');
e.emit('order');

// A once listener re-emitting the same event does not recurse.
e.once('re', (n) => {
  console.log('re', n);
  e.emit('re', n + 1);
});
e.emit('re', 0);

// once returns the emitter; listener count while running.
const r = e.once('cnt', () => console.log('count inside:', e.listenerCount('cnt')));
console.log(r === e);
e.emit('cnt');
