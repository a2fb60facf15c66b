// pipe() backpressure: a slow destination pauses the source until 'drain',
// awaitDrainWriters with one and two destinations.
'use strict';
const { Readable, Writable } = require('stream');

const log = (...a) => console.log(...a);

let produced = 0;
const r = new Readable({
  highWaterMark: 4,
  read() {
    produced++;
    if (produced <= 6) this.push(`chunk${produced}`);
    else this.push(null);
  },
});
r.on('pause', () => log('source pause', r._readableState.awaitDrainWriters === slow));
r.on('resume', () => log('source resume'));

const slow = new Writable({
  highWaterMark: 8,
  write(chunk, enc, cb) {
    log('slow write', String(chunk), slow.writableLength);
    setImmediate(cb);
  },
});
slow.on('drain', () => log('slow drain'));
slow.on('finish', () => log('slow finish, produced', produced));
r.pipe(slow);

const src = new Readable({ read() {} });
const fast = new Writable({ write(c, e, cb) { cb(); } });
let held;
const stuck = new Writable({ highWaterMark: 1, write(c, e, cb) { held = cb; } });
src.pipe(fast);
src.pipe(stuck);
src.push('aa');
src.push('bb');
setImmediate(() => {
  log('two dests: flowing', src.readableFlowing, src._readableState.awaitDrainWriters,
      src._readableState.awaitDrainWriters.size);
  held();
  setImmediate(() => {
    log('after drain: flowing', src.readableFlowing);
    held();
    src.push(null);
  });
});
