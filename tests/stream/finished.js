// stream.finished() / end-of-stream: when the callback fires, premature
// close, errors, already finished streams, options, the cleanup function and
// the promise form.
'use strict';
const { finished, Readable, Writable, PassThrough, Duplex } = require('stream');
const { finished: finishedP } = require('stream/promises');

const log = (...a) => console.log(...a);

{
  const r = Readable.from(['a']);
  finished(r, (err) => log('A readable done', err, r.readableEnded));
  r.resume();
}
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, (err) => log('B writable done', err, w.writableFinished));
  w.end('x');
}
{
  const r = new Readable({ read() {} });
  finished(r, (err) => log('C premature', err.code, err.message));
  r.destroy();
}
{
  const r = new Readable({ read() {} });
  finished(r, (err) => log('D error', err.message));
  r.destroy(new Error('boom'));
  r.on('error', () => {});
}
{
  const r = Readable.from([]);
  r.resume();
  r.on('close', () => {
    finished(r, (err) => log('E already closed', err));
  });
}
{
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  finished(d, { readable: false }, (err) => log('F writable side only', err));
  d.end();
}
{
  const d = new PassThrough();
  const cleanup = finished(d, () => log('G should not be called'));
  log('G cleanup type', typeof cleanup);
  cleanup();
  d.destroy();
}
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', () => {});
  finished(w, { error: false }, (err) => log('H error:false ->', err && err.message));
  w.destroy(new Error('late'));
}
{
  const ac = new AbortController();
  const r = new Readable({ read() {} });
  finished(r, { signal: ac.signal }, (err) => log('I aborted', err.name, err.code));
  ac.abort();
}
try {
  finished({}, () => {});
} catch (e) {
  log(e.code, e.message);
}
try {
  finished(new PassThrough(), 'nope');
} catch (e) {
  log(e.code, e.message);
}
try {
  finished(new PassThrough(), { signal: 1 }, () => {});
} catch (e) {
  log(e.code, e.message);
}
{
  const r = Readable.from(['p']);
  finishedP(r).then(() => log('J promise resolved'));
  r.resume();
  const r2 = new Readable({ read() {} });
  finishedP(r2).catch((e) => log('J promise rejected', e.code));
  r2.destroy();
  log('promisified', require('util').promisify(finished) === finishedP);
}
{
  const legacy = new (require('events'))();
  legacy.write = () => true;
  finished(legacy, (err) => log('K legacy', err, legacy.writable));
  legacy.writable = false;
  legacy.emit('close');
}
