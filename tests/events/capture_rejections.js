// captureRejections: async listener rejections routed to 'error' or Symbol.for('nodejs.rejection').
'use strict';
const EventEmitter = require('events');

console.log(EventEmitter.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
console.log('default', EventEmitter.captureRejections);

const e = new EventEmitter({ captureRejections: true });
e.on('work', async (n) => {
  throw new Error(`failed ${n}`);
});
e.on('error', (err) => console.log('error event:', err.message));
e.emit('work', 1);

const r = new EventEmitter({ captureRejections: true });
r[Symbol.for('nodejs.rejection')] = function (err, event, ...args) {
  console.log('rejection handler:', err.message, event, args, this === r);
};
r.on('job', async () => { throw new Error('job failed'); });
r.emit('job', 'a', 'b');

// Thenables work too; a throwing `then` getter is reported synchronously.
const t = new EventEmitter({ captureRejections: true });
t.on('error', (err) => console.log('thenable error:', err.message));
t.on('thenable', () => ({ then(resolve, reject) { reject(new Error('thenable rejected')); } }));
t.on('getter', () => ({ get then() { throw new Error('then getter'); } }));
t.emit('thenable');
t.emit('getter');
console.log('after sync emits');

// Without the option, rejections are not captured.
const plain = new EventEmitter();
plain.on('x', async () => 'fine');
console.log(plain.emit('x'));

// Global switch affects new emitters only.
EventEmitter.captureRejections = true;
const g = new EventEmitter();
EventEmitter.captureRejections = false;
g.on('error', (err) => console.log('global capture:', err.message));
g.on('y', async () => { throw new Error('from y'); });
g.emit('y');

// A rejecting 'error' listener is not captured again.
process.on('unhandledRejection', (err) => console.log('unhandledRejection:', err.message));
const loop = new EventEmitter({ captureRejections: true });
loop.on('error', async (err) => {
  console.log('loop error:', err.message);
  throw new Error('from error listener');
});
loop.on('z', async () => { throw new Error('z'); });
loop.emit('z');
