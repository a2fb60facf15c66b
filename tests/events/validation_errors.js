// Argument validation errors thrown by EventEmitter methods.
'use strict';
const EventEmitter = require('events');

function t(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r instanceof EventEmitter ? 'emitter' : r);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const e = new EventEmitter();
for (const bad of [undefined, null, 1, 'str', {}, [], Symbol('s')]) {
  const name = typeof bad === 'symbol' ? 'symbol' : JSON.stringify(bad);
  t(`on(${name})`, () => e.on('x', bad));
  t(`once(${name})`, () => e.once('x', bad));
  t(`prependListener(${name})`, () => e.prependListener('x', bad));
  t(`prependOnceListener(${name})`, () => e.prependOnceListener('x', bad));
  t(`removeListener(${name})`, () => e.removeListener('x', bad));
}

for (const n of [-1, NaN, '5', undefined, null, 1.5, Infinity, 0]) {
  t(`setMaxListeners(${String(n)})`, () => e.setMaxListeners(n));
}

for (const n of [-1, NaN, 'x', 3]) {
  t(`defaultMaxListeners = ${String(n)}`, () => { EventEmitter.defaultMaxListeners = n; return EventEmitter.defaultMaxListeners; });
}
EventEmitter.defaultMaxListeners = 10;

for (const v of [1, 'yes', null, true]) {
  t(`new EventEmitter({captureRejections: ${String(v)}})`, () => new EventEmitter({ captureRejections: v }));
}
t('captureRejections = 1', () => { EventEmitter.captureRejections = 1; });
console.log(EventEmitter.captureRejections);
