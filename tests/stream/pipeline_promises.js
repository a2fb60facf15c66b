// stream/promises pipeline(): resolution value, rejection, the options bag
// (signal, end) and async generator stages.
'use strict';
const { pipeline } = require('stream/promises');
const { Readable, Writable, PassThrough } = require('stream');

async function main() {
  const chunks = [];
  await pipeline(
    Readable.from(['a', 'b', 'c']),
    async function* (src) { for await (const c of src) yield c.toUpperCase(); },
    new Writable({ objectMode: true, write(c, e, cb) { chunks.push(c); cb(); } }),
  );
  console.log('1', chunks);

  const v = await pipeline(Readable.from([1, 2, 3]), async (src) => {
    let n = 0;
    for await (const x of src) n += x;
    return n;
  });
  console.log('2', v);

  try {
    await pipeline(
      Readable.from(['x']),
      async function* () { throw new Error('stage failed'); },
      new PassThrough(),
    );
  } catch (e) {
    console.log('3', e.message);
  }

  const ac = new AbortController();
  const p = pipeline(new Readable({ read() {} }), new PassThrough(), { signal: ac.signal });
  ac.abort();
  try {
    await p;
  } catch (e) {
    console.log('4', e.name, e.code);
  }

  const out = new PassThrough();
  await pipeline(Readable.from(['keep open']), out, { end: false });
  console.log('5 end:false', out.writableEnded, out.readableLength);

  try {
    await pipeline(Readable.from(['x']), new PassThrough(), { signal: 'bad' });
  } catch (e) {
    console.log('6', e.code, e.message);
  }
  console.log('keys', Object.keys(require('stream/promises')), require('stream').promises === require('stream/promises'));
}
main();
