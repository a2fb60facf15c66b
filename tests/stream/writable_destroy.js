// Destroying a Writable: pending and buffered write callbacks, end() callbacks,
// errors through _destroy, and the writable* flags afterwards.
'use strict';
const { Writable } = require('stream');

const log = (...a) => console.log(...a);

{
  let pending;
  const w = new Writable({ write(c, e, cb) { pending = cb; } });
  w.write('in flight', (err) => log('A cb in flight', err));
  w.write('buffered', (err) => log('A cb buffered', err && err.code));
  w.end((err) => log('A end cb', err && err.code));
  w.on('close', () => log('A close'));
  w.on('error', (e) => log('A error', e.message));
  w.destroy();
  log('A flags', w.destroyed, w.writable, w.writableEnded, w.writableFinished, w.writableAborted, w.closed);
  setImmediate(() => { pending(); log('A late callback done'); });
}
{
  const w = new Writable({
    write(c, e, cb) { cb(); },
    destroy(err, cb) { log('B _destroy', err && err.message); cb(err); },
  });
  w.on('error', (e) => log('B error', e.message));
  w.on('close', () => log('B close', w.errored && w.errored.message));
  w.destroy(new Error('why'), (err) => log('B cb', err && err.message));
  w.destroy(new Error('second'), () => log('B second destroy cb'));
}
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.cork();
  w.write('a', (err) => log('C corked cb', err && err.code, err && err.message));
  w.destroy(new Error('destroyed while corked'));
  w.on('error', (e) => log('C error', e.message));
}
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('finish', () => {
    log('D finish');
    w.destroy();
  });
  w.on('close', () => log('D close'));
  w.end('x');
}
{
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
  w.on('finish', () => log('E finish, destroyed?', w.destroyed));
  w.end();
  setImmediate(() => {
    w.destroy();
    w.on('close', () => log('E close'));
  });
}
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const ac = w.destroy();
  log('F destroy returns stream', ac === w);
  w.write('x', (err) => log('F write cb', err && err.code));
  w.on('error', (e) => log('F error', e.code));
}
