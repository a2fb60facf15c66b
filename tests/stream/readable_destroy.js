// destroy(): event order, the callback, errors passed through _destroy,
// emitClose:false, destroy before construct, and readableAborted.
'use strict';
const { Readable } = require('stream');

const log = (...a) => console.log(...a);

{
  const r = new Readable({ read() {} });
  r.on('close', () => log('A close', r.destroyed, r.closed, r.readableAborted));
  r.on('end', () => log('A end (unexpected)'));
  r.destroy();
  log('A sync', r.destroyed, r.closed);
  log('A destroy again returns this', r.destroy() === r);
}
{
  const r = new Readable({ read() {} });
  r.on('error', (e) => log('B error', e.message, r.errored === e));
  r.on('close', () => log('B close'));
  r.destroy(new Error('b'), (err) => log('B cb', err && err.message));
}
{
  const r = new Readable({
    read() {},
    destroy(err, cb) {
      log('C _destroy got', err && err.message);
      setImmediate(() => cb(new Error('replaced')));
    },
  });
  r.on('error', (e) => log('C error', e.message));
  r.on('close', () => log('C close'));
  r.destroy(new Error('orig'));
}
{
  const r = new Readable({ emitClose: false, read() {} });
  r.on('close', () => log('D close (unexpected)'));
  r.destroy();
  setImmediate(() => log('D closed flag', r.closed));
}
{
  const r = new Readable({
    read() {},
    construct(cb) {
      log('E construct');
      setImmediate(() => { log('E construct done'); cb(); });
    },
    destroy(err, cb) {
      log('E _destroy');
      cb(err);
    },
  });
  r.on('close', () => log('E close'));
  r.destroy();
  log('E destroyed sync', r.destroyed);
}
{
  const r = new Readable({ read() {} });
  r.push('data');
  r.on('data', (d) => log('F data', String(d)));
  r.on('close', () => log('F close', r.readableAborted, r.readableEnded));
  setImmediate(() => r.destroy());
}
{
  const r = new Readable({ read() {}, destroy(err, cb) { throw new Error('destroy threw'); } });
  r.on('error', (e) => log('G error', e.message));
  r.on('close', () => log('G close'));
  r.destroy();
}
{
  const r = new Readable({ read() {} });
  r.destroy();
  r._undestroy();
  log('H after _undestroy', r.destroyed, r.closed, r.readable);
  r.push('again');
  log('H read', String(r.read()));
}
