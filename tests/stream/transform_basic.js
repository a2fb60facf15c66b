// Transform: _transform/_flush, pushing several chunks per input, callback
// values, errors, backpressure on the readable side, and the event order.
'use strict';
const { Transform } = require('stream');

const log = (...a) => console.log(...a);

{
  const t = new Transform({
    transform(chunk, enc, cb) {
      log('A transform', String(chunk), enc);
      this.push(String(chunk).toUpperCase());
      cb(null, '!');
    },
    flush(cb) {
      log('A flush');
      cb(null, 'END');
    },
  });
  for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => log('A', ev));
  t.on('data', (d) => log('A data', String(d)));
  t.write('abc');
  t.end('def');
}
{
  const t = new Transform({
    transform(chunk, enc, cb) { cb(new Error('transform failed')); },
  });
  t.on('error', (e) => log('B error', e.message));
  t.on('close', () => log('B close'));
  t.write('x', (err) => log('B write cb', err && err.message));
}
{
  const t = new Transform({
    flush(cb) { cb(new Error('flush failed')); },
    transform(c, e, cb) { cb(null, c); },
  });
  t.on('error', (e) => log('C error', e.message));
  t.on('finish', () => log('C finish'));
  t.resume();
  t.end('x');
}
{
  let count = 0;
  const t = new Transform({
    highWaterMark: 2,
    transform(chunk, enc, cb) {
      count++;
      log('D transform', count);
      cb(null, chunk);
    },
  });
  for (let i = 0; i < 5; i++) log('D write', i, t.write('xx'));
  setImmediate(() => {
    log('D transformed so far', count, t.readableLength, t.writableLength);
    t.on('data', () => {});
    setImmediate(() => log('D after consuming', count));
  });
}
{
  const t = new Transform();
  t.on('error', (e) => log('E error', e.code, e.message));
  try {
    t.write('x');
  } catch (e) {
    log('E write threw', e.code, e.message);
  }
}
{
  const t = new Transform({ objectMode: true, transform(o, e, cb) { cb(null, { wrapped: o }); } });
  t.on('data', (d) => log('F', d));
  t.write(1);
  t.write({ a: 1 });
  t.end();
}
{
  const t = new Transform({
    transform(c, e, cb) { cb(null, c); },
    final(cb) { log('G custom final'); cb(); },
    flush(cb) { log('G flush'); cb(); },
  });
  t.on('finish', () => log('G finish'));
  t.on('end', () => log('G end'));
  t.resume();
  t.end('x');
}
{
  const t = new Transform({ readableHighWaterMark: 0, transform(c, e, cb) { cb(null, c); } });
  log('H hwm', t.readableHighWaterMark, t.writableHighWaterMark);
  const t2 = new Transform({ readableHighWaterMark: 0, writableHighWaterMark: 5 });
  log('H hwm2', t2.readableHighWaterMark, t2.writableHighWaterMark);
}
