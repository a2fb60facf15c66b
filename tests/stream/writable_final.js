// _final(): timing relative to 'prefinish' and 'finish', async completion,
// errors from it, and Writable without _final.
'use strict';
const { Writable } = require('stream');

const log = (...a) => console.log(...a);

{
  const w = new Writable({
    write(c, e, cb) { log('A write'); cb(); },
    final(cb) { log('A final', w.writableFinished); setImmediate(() => { log('A final done'); cb(); }); },
  });
  w.on('prefinish', () => log('A prefinish'));
  w.on('finish', () => log('A finish'));
  w.on('close', () => log('A close'));
  w.end('x', () => log('A end cb'));
  log('A sync');
}
{
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { log('B final'); cb(); },
  });
  w.on('prefinish', () => log('B prefinish'));
  w.on('finish', () => log('B finish'));
  w.end();
  log('B sync after end');
}
{
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  });
  w.on('prefinish', () => log('C prefinish (unexpected)'));
  w.on('finish', () => log('C finish (unexpected)'));
  w.on('error', (e) => log('C error', e.message));
  w.on('close', () => log('C close'));
  w.end((err) => log('C end cb', err && err.message));
}
{
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { cb(); cb(); },
  });
  w.on('error', (e) => log('D error', e.code));
  w.on('finish', () => log('D finish'));
  w.end();
}
{
  const w = new Writable({
    write(c, e, cb) { setImmediate(cb); },
    final(cb) { log('E final after writes, length', w.writableLength); cb(); },
  });
  w.write('1');
  w.write('2');
  w.end();
  w.on('finish', () => log('E finish'));
}
{
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { log('F final never after destroy'); cb(); } });
  w.on('close', () => log('F close'));
  w.destroy();
  w.end();
}
