// _construct(): reads, writes and destroy wait for it; errors from it destroy
// the stream; calling its callback twice is reported.
'use strict';
const { Readable, Writable, Duplex } = require('stream');

const log = (...a) => console.log(...a);

{
  const r = new Readable({
    construct(cb) {
      log('R construct');
      setImmediate(() => { log('R construct cb'); cb(); });
    },
    read() {
      log('R _read');
      this.push('data');
      this.push(null);
    },
  });
  log('R constructed flag', r._readableState.constructed);
  r.on('data', (d) => log('R data', String(d)));
  r.on('end', () => log('R end'));
}
{
  const w = new Writable({
    construct(cb) { log('W construct'); process.nextTick(cb); },
    write(chunk, enc, cb) { log('W _write', String(chunk)); cb(); },
    final(cb) { log('W final'); cb(); },
  });
  w.write('a');
  w.end('b');
  w.on('finish', () => log('W finish'));
  w.on('close', () => log('W close'));
}
{
  const r = new Readable({
    construct(cb) { cb(new Error('construct failed')); },
    read() { log('never read'); },
  });
  r.on('error', (e) => log('E error', e.message));
  r.on('close', () => log('E close'));
  r.resume();
}
{
  const r = new Readable({
    construct(cb) { cb(); cb(); },
    read() {},
  });
  r.on('error', (e) => log('M error', e.code, e.message));
}
{
  const d = new Duplex({
    construct(cb) { log('D construct once'); setImmediate(cb); },
    read() { this.push(null); },
    write(c, e, cb) { log('D write', String(c)); cb(); },
  });
  d.write('x');
  d.end();
  d.resume();
  d.on('finish', () => log('D finish'));
  d.on('end', () => log('D end'));
  d.on('close', () => log('D close'));
}
{
  const r = new Readable({
    construct(cb) { throw new Error('construct threw'); },
    read() {},
  });
  r.on('error', (e) => log('T error', e.message));
}
