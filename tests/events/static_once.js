// events.once with EventEmitter and EventTarget, errors and AbortSignal.
'use strict';
const EventEmitter = require('events');
const { once } = EventEmitter;

async function main() {
  const e = new EventEmitter();
  const p = once(e, 'ready');
  console.log(p instanceof Promise, e.listenerCount('ready'), e.listenerCount('error'));
  e.emit('ready', 1, 'two');
  console.log('resolved:', await p, e.listenerCount('ready'), e.listenerCount('error'));

  const p2 = once(e, 'ready');
  e.emit('error', new Error('failure'));
  try {
    await p2;
  } catch (err) {
    console.log('rejected:', err.message, e.listenerCount('ready'), e.listenerCount('error'));
  }

  // Waiting for 'error' itself resolves with it.
  const p3 = once(e, 'error');
  e.emit('error', new Error('expected'));
  console.log('error value:', (await p3)[0].message);

  // AbortSignal
  const ac = new AbortController();
  const p4 = once(e, 'never', { signal: ac.signal });
  ac.abort('stop');
  try {
    await p4;
  } catch (err) {
    console.log(err.name, err.code, err.message, err.cause, e.listenerCount('never'));
  }
  try {
    await once(e, 'never', { signal: AbortSignal.abort('early') });
  } catch (err) {
    console.log('pre-aborted:', err.name, err.cause);
  }

  // Validation errors reject the promise.
  for (const opts of [1, null, { signal: {} }]) {
    try {
      await once(e, 'x', opts);
    } catch (err) {
      console.log(err.code, err.message);
    }
  }
  try {
    await once({}, 'x');
  } catch (err) {
    console.log(err.code, err.message);
  }

  // EventTarget
  const et = new EventTarget();
  const p5 = once(et, 'ping');
  et.dispatchEvent(new Event('ping'));
  const [ev] = await p5;
  console.log('event target:', ev.type, ev instanceof Event);

  console.log(once.constructor.name, once.length);
}
main();
