// Destroying streams from inside their own event handlers: 'data', 'end',
// write callbacks and 'finish'.
'use strict';
const { Readable, Writable, PassThrough } = require('stream');

const log = (...a) => console.log(...a);

{
  const r = Readable.from(['a', 'b', 'c']);
  r.on('data', (d) => {
    log('A data', d);
    if (d === 'a') r.destroy();
  });
  r.on('end', () => log('A end (unexpected)'));
  r.on('close', () => log('A close', r.readableAborted));
}
{
  const r = Readable.from(['x']);
  r.on('data', () => {});
  r.on('end', () => {
    log('B end, destroying');
    r.destroy(new Error('after end'));
  });
  r.on('error', (e) => log('B error', e.message));
  r.on('close', () => log('B close'));
}
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.write('1', () => {
    log('C write cb, destroying');
    w.destroy();
  });
  w.write('2', (err) => log('C second cb', err && err.code));
  w.on('close', () => log('C close'));
}
{
  const pt = new PassThrough();
  pt.on('data', (d) => {
    log('D data', String(d));
    pt.destroy(new Error('in data'));
    log('D after destroy in data, push returns', pt.push('more'));
  });
  pt.on('error', (e) => log('D error', e.message));
  pt.on('close', () => log('D close'));
  pt.write('first');
  pt.write('second', (err) => log('D write cb', err && err.message));
}
{
  const r = new Readable({ read() {} });
  r.on('readable', () => {
    log('E readable');
    r.destroy();
    log('E read after destroy', r.read());
  });
  r.push('q');
}
