// traceCallback: the callback at `position` is wrapped; asyncStart/asyncEnd
// around it, error published first when it gets an error.
const dc = require('diagnostics_channel');

const tc = dc.tracingChannel('callback-op');
const log = (ev) => (ctx) => console.log(ev, JSON.stringify(ctx), ctx.error ? ctx.error.message : '');
tc.subscribe({
  start: log('start'), end: log('end'), asyncStart: log('asyncStart'),
  asyncEnd: log('asyncEnd'), error: log('error'),
});

function readLater(name, callback) {
  setImmediate(() => callback(null, `${name}!`));
  return 'sync return value';
}
const ret = tc.traceCallback(readLater, -1, { id: 1 }, null, 'file', (err, value) => {
  console.log('callback got', err, value);
});
console.log('traceCallback returned', ret);

function failFirst(callback, arg) {
  callback(new Error(`failed ${arg}`));
}
tc.traceCallback(failFirst, 0, { id: 2 }, null, function(err) {
  console.log('callback got error', err.message, 'this is global', this === globalThis);
}, 'x');

try {
  tc.traceCallback(() => { throw new Error('thrown before the callback'); }, -1, { id: 3 }, null, () => {});
} catch (e) {
  console.log('caught', e.message);
}
