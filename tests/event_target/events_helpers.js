// events.once/on and getEventListeners with EventTarget.
'use strict';
const { once, on, getEventListeners } = require('events');

async function main() {
  const et = new EventTarget();
  const p = once(et, 'ready');
  console.log(getEventListeners(et, 'ready').length, getEventListeners(et, 'error').length);
  et.dispatchEvent(new CustomEvent('ready', { detail: 42 }));
  const [ev] = await p;
  console.log(ev.type, ev.detail, getEventListeners(et, 'ready').length);

  // The once listener resists stopImmediatePropagation from earlier listeners.
  et.addEventListener('s', (e) => e.stopImmediatePropagation());
  const ps = once(et, 's');
  et.dispatchEvent(new Event('s'));
  console.log('resisted:', (await ps)[0].type);

  const it = on(et, 'tick');
  et.dispatchEvent(new Event('tick'));
  et.dispatchEvent(new CustomEvent('tick', { detail: 'two' }));
  const a = await it.next();
  const b = await it.next();
  console.log(a.value.length, a.value[0].type, b.value[0].detail);
  await it.return();
  console.log(getEventListeners(et, 'tick').length);

  const ac = new AbortController();
  const pa = once(et, 'never', { signal: ac.signal });
  console.log(getEventListeners(et, 'never').length);
  ac.abort();
  try {
    await pa;
  } catch (err) {
    console.log(err.name, getEventListeners(et, 'never').length);
  }
}
main();
