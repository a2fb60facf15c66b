// write() return values against highWaterMark, writableNeedDrain, and when
// 'drain' is (and is not) emitted, for sync and async _write.
'use strict';
const { Writable } = require('stream');

const log = (...a) => console.log(...a);

{
  const pending = [];
  const w = new Writable({ highWaterMark: 5, write(c, e, cb) { pending.push(cb); } });
  w.on('drain', () => log('A drain', w.writableLength, w.writableNeedDrain));
  log('A', w.write('ab'), w.writableLength, w.writableNeedDrain);
  log('A', w.write('cd'), w.writableLength, w.writableNeedDrain);
  log('A', w.write('e'), w.writableLength, w.writableNeedDrain);
  log('A', w.write('fgh'), w.writableLength, w.writableNeedDrain);
  const flush = () => {
    if (pending.length) {
      pending.shift()();
      log('A flushed one', w.writableLength);
      setImmediate(flush);
    }
  };
  setImmediate(flush);
}
{
  const w = new Writable({ highWaterMark: 2, write(c, e, cb) { cb(); } });
  w.on('drain', () => log('B drain'));
  log('B', w.write('abc'), w.writableNeedDrain);
  log('B', w.write('d'));
  process.nextTick(() => log('B tick'));
}
{
  const w = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } });
  w.on('drain', () => log('C drain'));
  log('C hwm0', w.write(''), w.write(Buffer.alloc(0)), w.write('a'));
}
{
  const w = new Writable({ highWaterMark: 0, write(c, e, cb) { setImmediate(cb); } });
  w.on('drain', () => log('D drain'));
  log('D hwm0 async', w.write('a'), w.writableNeedDrain);
}
{
  const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
  log('E default hwm', w.writableHighWaterMark, w.write(Buffer.alloc(65535)), w.write(Buffer.alloc(1)));
  w.on('drain', () => log('E drain'));
}
{
  const w = new Writable({ highWaterMark: 3, write(c, e, cb) { setImmediate(cb); } });
  w.on('drain', () => log('F drain (unexpected: ending)'));
  w.on('finish', () => log('F finish'));
  log('F', w.write('abcd'));
  w.end();
  log('F needDrain after end', w.writableNeedDrain);
}
