// Duplex: independent sides, allowHalfOpen, readable:false/writable:false,
// instanceof Writable, and the order of end/finish/close.
'use strict';
const { Duplex, Writable, Readable } = require('stream');

const log = (...a) => console.log(...a);

{
  const d = new Duplex({
    read() {},
    write(chunk, enc, cb) { log('A write', String(chunk)); this.push(chunk); cb(); },
    final(cb) { log('A final'); this.push(null); cb(); },
  });
  for (const ev of ['end', 'finish', 'prefinish', 'close']) d.on(ev, () => log('A', ev));
  d.on('data', (c) => log('A data', String(c)));
  d.write('hello');
  d.end();
  log('A', d instanceof Writable, d instanceof Readable, d instanceof Duplex, d.allowHalfOpen);
}
{
  const d = new Duplex({
    allowHalfOpen: false,
    read() {},
    write(chunk, enc, cb) { cb(); },
  });
  for (const ev of ['end', 'finish', 'close']) d.on(ev, () => log('B', ev, d.writableEnded));
  d.resume();
  d.push(null);
}
{
  const d = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  log('C readable', d.readable, d.readableEnded, d._readableState.readable);
  d.on('finish', () => log('C finish'));
  d.on('close', () => log('C close'));
  d.end('x');
}
{
  const d = new Duplex({ writable: false, read() { this.push('only'); this.push(null); } });
  log('D writable', d.writable, d.writableEnded, d.writableFinished);
  d.on('data', (c) => log('D data', String(c)));
  d.on('close', () => log('D close'));
  d.on('error', (e) => log('D error', e.code));
  d.write('nope', (err) => log('D write cb', err && err.code));
}
{
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  d.on('end', () => log('E end'));
  d.on('finish', () => log('E finish'));
  d.on('close', () => log('E close'));
  d.push(null);
  d.resume();
  setImmediate(() => {
    log('E half open: not closed yet', d.destroyed);
    d.end();
  });
}
{
  const d = Duplex();
  log('F no new', d instanceof Duplex, d.destroyed);
  d.destroy();
  log('F destroyed', d.destroyed, d._readableState.destroyed, d._writableState.destroyed);
  d.destroyed = false;
  log('F set', d.destroyed);
}
log('instanceof on plain objects', ({ _writableState: new Writable()._writableState }) instanceof Writable, {} instanceof Writable);
class MyWritable extends Writable {}
log('subclass instanceof', new MyWritable() instanceof Writable, new Duplex() instanceof MyWritable);
