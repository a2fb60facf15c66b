// Writable event order: write callbacks (sync and async _write), 'prefinish',
// 'finish', 'close' and end() callbacks.
'use strict';
const { Writable } = require('stream');

const log = (...a) => console.log(...a);

{
  const w = new Writable({
    write(chunk, enc, cb) {
      log('A _write', String(chunk), enc);
      cb();
    },
  });
  for (const ev of ['prefinish', 'finish', 'close', 'drain']) w.on(ev, () => log('A', ev));
  log('A write returns', w.write('one', () => log('A cb one')));
  log('A write returns', w.write(Buffer.from('two'), () => log('A cb two')));
  w.end('three', () => log('A end cb'));
  log('A sync end', w.writableEnded, w.writableFinished, w.writable);
  process.nextTick(() => log('A tick'));
}
{
  const w = new Writable({
    write(chunk, enc, cb) {
      log('B _write', String(chunk));
      setImmediate(cb);
    },
  });
  for (const ev of ['prefinish', 'finish', 'close', 'drain']) w.on(ev, () => log('B', ev));
  w.write('x', () => log('B cb x'));
  w.write('y', () => log('B cb y'));
  log('B length', w.writableLength);
  w.end(() => log('B end cb', w.writableFinished));
}
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('finish', () => log('C finish'));
  w.end();
  w.end(() => log('C second end cb'));
  setImmediate(() => w.end((err) => log('C end after finish', err && err.code, err && err.message)));
}
{
  const w = new Writable({ write(c, e, cb) { cb(); }, emitClose: false });
  w.on('close', () => log('D close (unexpected)'));
  w.on('finish', () => log('D finish', w.destroyed));
  w.end();
}
{
  const w = new Writable({ write(c, e, cb) { cb(); }, autoDestroy: false });
  w.on('close', () => log('E close (unexpected)'));
  w.on('finish', () => setImmediate(() => log('E not destroyed', w.destroyed)));
  w.end('x');
}
