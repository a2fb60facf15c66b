// Errors thrown by listeners are reported as uncaught exceptions on the next tick.
'use strict';

process.on('uncaughtException', (err, origin) => {
  console.log('uncaught:', err.message, origin);
});

const et = new EventTarget();
et.addEventListener('x', () => { throw new Error('sync listener'); });
et.addEventListener('x', async () => { throw new Error('async listener'); });
et.addEventListener('x', { handleEvent() { throw new Error('handleEvent'); } });
et.addEventListener('x', () => console.log('later listener still runs'));
console.log('dispatch returned', et.dispatchEvent(new Event('x')));
process.nextTick(() => console.log('nextTick queued after dispatch'));
Promise.resolve().then(() => console.log('microtask queued after dispatch'));
