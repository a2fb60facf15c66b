// Default highWaterMarks (64 KiB bytes / 16 objects in Node 24), changing
// them with setDefaultHighWaterMark, and highWaterMark option validation.
'use strict';
const stream = require('stream');
const { Readable, Writable, Duplex, getDefaultHighWaterMark, setDefaultHighWaterMark } = stream;

console.log(getDefaultHighWaterMark(false), getDefaultHighWaterMark(true));
console.log(new Readable().readableHighWaterMark, new Writable().writableHighWaterMark,
            new Readable({ objectMode: true }).readableHighWaterMark);
setDefaultHighWaterMark(false, 1024);
setDefaultHighWaterMark(true, 3);
console.log(new Readable().readableHighWaterMark, new Writable({ objectMode: true }).writableHighWaterMark,
            getDefaultHighWaterMark(false), getDefaultHighWaterMark(true));
setDefaultHighWaterMark(false, 65536);
setDefaultHighWaterMark(true, 16);
for (const v of [-1, 1.5, '5', NaN]) {
  try {
    setDefaultHighWaterMark(false, v);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
for (const opts of [{ highWaterMark: -1 }, { highWaterMark: 1.5 }, { highWaterMark: '5' }, { highWaterMark: NaN }, { highWaterMark: null }]) {
  try {
    console.log('ok', new Writable(opts).writableHighWaterMark);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
try {
  new Duplex({ readableHighWaterMark: -3 });
} catch (e) {
  console.log(e.code, e.message);
}
const d = new Duplex({ readableHighWaterMark: 3, writableHighWaterMark: 5, highWaterMark: 7 });
console.log(d.readableHighWaterMark, d.writableHighWaterMark);
const d2 = new Duplex({ readableHighWaterMark: 3, writableHighWaterMark: 5 });
console.log(d2.readableHighWaterMark, d2.writableHighWaterMark);
const r = new Readable({ highWaterMark: 2 ** 31 });
console.log(r.readableHighWaterMark);
