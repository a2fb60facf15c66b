// Object mode: arbitrary values, highWaterMark counted in objects, and
// readableObjectMode/writableObjectMode on each side of a Duplex.
'use strict';
const { Readable, Writable, Duplex, PassThrough } = require('stream');

const r = new Readable({ objectMode: true, read() {} });
console.log(r.readableHighWaterMark, r.readableObjectMode);
const values = [{ a: 1 }, [1, 2], 'str', 0, false, Symbol.for('s'), () => 1];
for (const v of values) r.push(v);
r.push(null);
r.on('data', (v) => console.log('got', typeof v, v));

const d = new Duplex({ readableObjectMode: true, read() {}, write(c, e, cb) { console.log('duplex write', c, e); cb(); } });
console.log('duplex modes', d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark);
d.write('bytes');
try {
  d.write({ not: 'bytes' });
} catch (e) {
  console.log(e.code, e.message);
}

const d2 = new Duplex({ writableObjectMode: true, read() {}, write(c, e, cb) { console.log('duplex2 write', c, e); cb(); } });
console.log('duplex2 modes', d2.readableObjectMode, d2.writableObjectMode, d2.readableHighWaterMark, d2.writableHighWaterMark);
d2.write({ ok: true });

const w = new Writable({ objectMode: true, highWaterMark: 2, write(c, e, cb) { setImmediate(cb); } });
console.log(w.write(1), w.write(2), w.write(3), w.writableLength, w.writableNeedDrain);
w.on('drain', () => console.log('object drain'));

const pt = new PassThrough({ objectMode: true });
pt.write(undefined);
pt.write(0);
pt.end({ last: true });
pt.on('data', (v) => console.log('pt', v));
try {
  pt.write(null);
} catch (e) {
  console.log(e.code, e.message);
}
