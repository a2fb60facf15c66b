// Errors around pipe(): a failing destination is unpiped, the error is
// re-emitted only without other listeners, and piping from a Writable fails.
'use strict';
const { Readable, Writable, PassThrough } = require('stream');

const log = (...a) => console.log(...a);

{
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(new Error('dest write failed')); } });
  w.on('error', (e) => log('A dest error', e.message, r._readableState.pipes.length));
  w.on('unpipe', () => log('A unpipe'));
  r.pipe(w);
  r.push('x');
}
{
  const r = new Readable({ read() {} });
  const w = new PassThrough();
  r.pipe(w);
  w.destroy();
  w.on('close', () => setImmediate(() => log('B after dest close pipes', r._readableState.pipes.length, r.readableFlowing)));
}
{
  const r = new Readable({ read() {} });
  const w = new PassThrough();
  r.pipe(w);
  r.destroy(new Error('source failed'));
  r.on('error', (e) => log('C source error', e.message));
  setImmediate(() => log('C dest untouched', w.destroyed, w.writableEnded));
}
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('D', e.code, e.message));
  w.pipe(new PassThrough());
}
{
  const r = Readable.from([{ obj: 1 }]);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('E objects into bytes', e.code));
  r.pipe(w);
}
{
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  let n = 0;
  w.on('error', () => { n++; });
  r.pipe(w);
  w.emit('error', new Error('emitted directly'));
  log('F handled error, listeners left', w.listenerCount('error'), n, r._readableState.pipes.length);
}
