// addEventListener with null/undefined listeners warns and does nothing.
'use strict';
const { getEventListeners } = require('events');

process.on('warning', (w) => {
  console.log(w.name, '|', w.message, '|', Object.keys(w), w.type, w.target === et);
});
const et = new EventTarget();
et.addEventListener('foo', null);
et.addEventListener('bar', undefined);
et.addEventListener('baz', {}); // any object is accepted
console.log(getEventListeners(et, 'foo').length, getEventListeners(et, 'baz').length);
et.dispatchEvent(new Event('baz'));
et.removeEventListener('foo', null);
console.log('sync done');
