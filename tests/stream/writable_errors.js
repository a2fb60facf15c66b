// Writable misuse and failures: write after end, null and invalid chunks,
// unknown encodings, missing _write, callbacks called twice, and write
// errors with and without autoDestroy.
'use strict';
const { Writable } = require('stream');

const log = (...a) => console.log(...a);

{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('A error', e.code, e.message));
  w.end();
  log('A write returns', w.write('late', (err) => log('A cb', err.code)));
}
for (const [label, fn] of [
  ['null', (w) => w.write(null)],
  ['number', (w) => w.write(5)],
  ['object', (w) => w.write({})],
  ['encoding', (w) => w.write('x', 'bogus')],
  ['encoding-first', (w) => w.write(5, 'bogus')],
  ['end-null', (w) => w.end(5)],
]) {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  try {
    fn(w);
    log(label, 'no throw');
  } catch (e) {
    log(label, e.name, e.code, e.message);
  }
}
{
  const w = new Writable();
  w.on('error', (e) => log('C error', e.code, e.message));
  try {
    w.write('x');
  } catch (e) {
    log('C threw', e.code, e.message);
  }
}
{
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', (e) => log('D error', e.code, e.message));
  w.write('x');
}
{
  const w = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
  w.on('error', (e) => log('E error', e.message, w.destroyed, w.writableAborted));
  w.on('close', () => log('E close'));
  log('E write returns', w.write('x', (err) => log('E cb', err.message)));
  log('E second write returns', w.write('y', (err) => log('E cb2', err.code)));
}
{
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { setImmediate(cb, new Error('async failure')); } });
  w.on('error', (e) => log('F error', e.message, w.destroyed, w.errored === e));
  w.write('x', (err) => log('F cb', err.message));
  w.write('y', (err) => log('F cb2', err && err.message));
}
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.destroy();
  w.on('error', (e) => log('G error', e.code, e.message));
  log('G write after destroy', w.write('x', (err) => log('G cb', err.code, err.message)));
  w.end((err) => log('G end cb (unexpected)', err));
}
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => log('H error', e.code, e.message));
  w.pipe();
}
