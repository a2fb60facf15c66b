// The `signal` option of addEventListener, events.once and events.on.
'use strict';
const EventEmitter = require('events');
const { getEventListeners } = EventEmitter;

const ac = new AbortController();
const et = new EventTarget();
et.addEventListener('a', () => console.log('a listener'), { signal: ac.signal });
et.addEventListener('b', () => console.log('b listener'), { signal: ac.signal, once: true });
console.log(getEventListeners(ac.signal, 'abort').length);
et.dispatchEvent(new Event('a'));
ac.abort();
et.dispatchEvent(new Event('a'));
et.dispatchEvent(new Event('b'));
console.log(getEventListeners(et, 'a').length, getEventListeners(et, 'b').length);

async function main() {
  const e = new EventEmitter();
  const ac2 = new AbortController();
  const p = EventEmitter.once(e, 'x', { signal: ac2.signal });
  console.log('listeners while waiting', e.listenerCount('x'), getEventListeners(ac2.signal, 'abort').length);
  e.emit('x', 'value');
  console.log(await p, getEventListeners(ac2.signal, 'abort').length);

  const ac3 = new AbortController();
  const it = EventEmitter.on(e, 'y', { signal: ac3.signal });
  e.emit('y', 1);
  console.log((await it.next()).value);
  ac3.abort('stop');
  try {
    await it.next();
  } catch (err) {
    console.log(err.name, err.cause, e.listenerCount('y'));
  }

  // Composite signals work as options too.
  const c1 = new AbortController();
  const composite = AbortSignal.any([c1.signal]);
  et.addEventListener('c', () => console.log('c listener'), { signal: composite });
  et.dispatchEvent(new Event('c'));
  c1.abort();
  et.dispatchEvent(new Event('c'));
  console.log(getEventListeners(et, 'c').length);
}
main();
