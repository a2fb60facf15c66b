// The onabort event handler attribute.
'use strict';
const { getEventListeners } = require('events');

const ac = new AbortController();
const s = ac.signal;
console.log(s.onabort);
const h1 = () => console.log('h1');
s.onabort = h1;
console.log(s.onabort === h1, getEventListeners(s, 'abort').length);
const wrapper = getEventListeners(s, 'abort')[0];
console.log(typeof wrapper, wrapper.name, wrapper.handler === h1);

s.addEventListener('abort', () => console.log('listener added after onabort'));
// Replacing the handler keeps its original position.
s.onabort = () => console.log('h2 (replaced, first position)');
console.log(getEventListeners(s, 'abort').length);
s.onabort = 5;
console.log(s.onabort);
s.onabort = null;
console.log(s.onabort, getEventListeners(s, 'abort').length);
s.onabort = function () { console.log('h3, this ok:', this === s); };
ac.abort();

const d = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort');
console.log(d.enumerable, d.configurable, d.get.name, d.set.name);
