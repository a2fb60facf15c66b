// cork()/uncork() buffering, _writev batching (chunks, allBuffers, callbacks),
// end() uncorking, and writableCorked.
'use strict';
const { Writable } = require('stream');

const log = (...a) => console.log(...a);

{
  const w = new Writable({
    writev(chunks, cb) {
      log('A writev', chunks.length, chunks.allBuffers, chunks.map((c) => [String(c.chunk), c.encoding]));
      cb();
    },
  });
  w.cork();
  w.cork();
  log('A corked', w.writableCorked);
  w.write('a');
  w.write('b', () => log('A cb b'));
  w.write(Buffer.from('c'));
  log('A buffered', w.writableLength, w.writableBuffer.length);
  w.uncork();
  log('A still corked', w.writableCorked, w.writableLength);
  w.uncork();
  log('A uncorked', w.writableCorked);
  w.write('single');
}
{
  const w = new Writable({
    decodeStrings: false,
    write(chunk, enc, cb) { log('B _write', chunk, enc); cb(); },
    writev(chunks, cb) { log('B writev', chunks.allBuffers, chunks.map((c) => c.encoding)); cb(); },
  });
  w.cork();
  w.write('s1');
  w.write('s2', 'latin1');
  process.nextTick(() => w.uncork());
}
{
  const w = new Writable({
    write(chunk, enc, cb) { log('C _write', String(chunk)); setImmediate(cb); },
  });
  w.cork();
  w.write('1');
  w.write('2');
  w.end('3', () => log('C end cb'));
  log('C corked after end', w.writableCorked);
}
{
  const w = new Writable({
    writev(chunks, cb) { log('D writev', chunks.length); cb(new Error('writev failed')); },
  });
  w.on('error', (e) => log('D error', e.message));
  w.cork();
  w.write('x', (err) => log('D cb x', err && err.message));
  w.write('y', (err) => log('D cb y', err && err.message));
  w.uncork();
}
{
  const w = new Writable({
    write(c, e, cb) { log('E _write', String(c)); cb(); },
  });
  w.write('first');
  w.cork();
  w.write('second');
  w.write('third');
  w.uncork();
}
