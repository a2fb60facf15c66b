// Readable.from(): arrays, generators, async generators, strings, Buffers,
// promise elements, null elements, and the tick order of the produced data.
'use strict';
const { Readable } = require('stream');

const log = [];
const r = Readable.from([1, 2, Promise.resolve(3), 4]);
r.on('data', (d) => log.push(`data ${d}`));
r.on('end', () => log.push('end'));
r.on('close', () => { log.push('close'); console.log(log.join(', ')); });
let ticks = 0;
(function tick() { if (ticks++ < 10) { log.push(`t${ticks}`); process.nextTick(tick); } })();
(async () => { for (let j = 0; j < 10; j++) { await null; log.push(`m${j}`); } })();

const g = Readable.from((function* () { yield 'a'; yield 'b'; })());
g.on('data', (d) => console.log('gen', d));

const ag = Readable.from((async function* () { yield 'x'; await null; yield 'y'; })());
ag.on('data', (d) => console.log('async gen', d));
ag.on('end', () => console.log('async gen end'));

const s = Readable.from('whole string');
s.on('data', (d) => console.log('string', d, s.readableObjectMode));

const b = Readable.from(Buffer.from('buf'));
b.on('data', (d) => console.log('buffer', d));

const nb = Readable.from(['str'], { objectMode: false });
nb.on('data', (d) => console.log('not object mode', d));

try {
  Readable.from(5);
} catch (e) {
  console.log(e.code, e.message);
}

const withNull = Readable.from([1, null, 2]);
withNull.on('error', (e) => console.log('null element', e.code, e.message));
withNull.on('data', (d) => console.log('before null', d));

function* closing() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('generator finally');
  }
}
const c = Readable.from(closing());
c.once('data', (d) => {
  console.log('first', d);
  c.destroy();
});
c.on('close', () => console.log('closing generator stream closed'));

const throwing = Readable.from((async function* () { yield 1; throw new Error('gen failed'); })());
throwing.on('data', (d) => console.log('throwing data', d));
throwing.on('error', (e) => console.log('throwing error', e.message));
console.log('hwm', Readable.from([]).readableHighWaterMark, Readable.from([], { highWaterMark: 4 }).readableHighWaterMark);
