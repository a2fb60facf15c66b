// Exact interleaving of stream events with process.nextTick and promise
// callbacks, for a push-driven Readable piped into a Writable.
'use strict';
const { Readable, Writable, PassThrough } = require('stream');

const log = [];
const mark = (s) => log.push(s);

const r = new Readable({
  read() {
    mark('read');
  },
});
const w = new Writable({
  highWaterMark: 2,
  write(chunk, enc, cb) {
    mark(`write ${chunk}`);
    if (String(chunk) === 'b') setImmediate(cb);
    else cb();
  },
});
for (const ev of ['pipe', 'unpipe', 'drain', 'finish', 'close', 'prefinish']) w.on(ev, () => mark(`w ${ev}`));
for (const ev of ['end', 'close', 'pause', 'resume', 'readable']) {
  if (ev !== 'readable') r.on(ev, () => mark(`r ${ev}`));
}
r.pipe(w);
r.push('a');
r.push('b');
r.push('c');
mark('sync');
process.nextTick(() => mark('tick1'));
Promise.resolve().then(() => mark('micro1'));
setImmediate(() => {
  mark('immediate');
  r.push(null);
  process.nextTick(() => mark('tick2'));
});
w.on('close', () => {
  setImmediate(() => console.log(log.join('\n')));
});

const log2 = [];
const pt = new PassThrough();
pt.on('data', (d) => log2.push(`data ${d}`));
pt.on('end', () => log2.push('end'));
pt.on('finish', () => log2.push('finish'));
pt.on('close', () => { log2.push('close'); setImmediate(() => console.log(log2.join(', '))); });
pt.write('1', () => log2.push('cb1'));
pt.write('2', () => log2.push('cb2'));
process.nextTick(() => log2.push('tick'));
pt.end(() => log2.push('end cb'));
Promise.resolve().then(() => log2.push('micro'));
