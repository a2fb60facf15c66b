// Readable#pipe(): 'pipe'/'unpipe' events, ending the destination, the end
// option, piping into several destinations and unpipe().
'use strict';
const { Readable, Writable, PassThrough } = require('stream');

const log = (...a) => console.log(...a);

function sink(name, opts) {
  const w = new Writable({
    ...opts,
    write(chunk, enc, cb) { log(name, 'got', String(chunk)); cb(); },
  });
  w.on('pipe', (src) => log(name, 'pipe event', src instanceof Readable));
  w.on('unpipe', (src) => log(name, 'unpipe event', src instanceof Readable));
  w.on('finish', () => log(name, 'finish'));
  return w;
}

{
  const r = Readable.from(['a', 'b', 'c'], { objectMode: false });
  const w = sink('A');
  log('A pipe returns dest', r.pipe(w) === w);
  r.on('end', () => log('A source end'));
}
{
  const r = new Readable({ read() {} });
  const w = sink('B');
  r.pipe(w, { end: false });
  r.push('x');
  r.push(null);
  r.on('end', () => setImmediate(() => log('B dest still writable', w.writable, w.writableEnded)));
}
{
  const r = new Readable({ read() {} });
  const w1 = sink('C1');
  const w2 = sink('C2');
  r.pipe(w1);
  r.pipe(w2);
  log('C pipes', r._readableState.pipes.length, r._readableState.multiAwaitDrain);
  r.push('both');
  setImmediate(() => {
    r.unpipe(w1);
    log('C after unpipe', r._readableState.pipes.length, r.readableFlowing);
    r.push('only c2');
    setImmediate(() => {
      r.unpipe();
      log('C after unpipe all', r._readableState.pipes.length, r.readableFlowing);
      r.unpipe();
      r.push(null);
    });
  });
}
{
  const r = new Readable({ read() {} });
  const w = sink('D');
  r.unpipe(w);
  r.pipe(w);
  r.unpipe(new PassThrough());
  log('D pipes after unknown unpipe', r._readableState.pipes.length);
  w.end();
  setImmediate(() => log('D pipes after dest finished', r._readableState.pipes.length, r.readableFlowing));
}
{
  const r = new Readable({ read() {} });
  r.push(null);
  r.resume();
  r.on('end', () => {
    const w = sink('E');
    r.pipe(w);
    setImmediate(() => log('E dest ended by late pipe', w.writableEnded));
  });
}
{
  const a = new PassThrough();
  const b = new PassThrough();
  const c = sink('F');
  a.pipe(b).pipe(c);
  a.end('chained');
}
