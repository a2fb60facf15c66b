// Duplex.from(): from streams, readable/writable pairs, iterables, async
// generator functions, promises and async functions; invalid inputs.
'use strict';
const { Duplex, Readable, Writable, PassThrough } = require('stream');

async function main() {
  const pt = new PassThrough();
  console.log('duplex passes through', Duplex.from(pt) === pt);

  const fromIter = Duplex.from(['a', 'b']);
  console.log('iterable', fromIter.writable, await fromIter.toArray());

  const gen = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  gen.end('lower');
  console.log('generator fn', (await gen.toArray()).map(String));

  const p = Duplex.from(Promise.resolve('resolved value'));
  console.log('promise', await p.toArray());

  const received = [];
  const pair = Duplex.from({
    readable: Readable.from(['from pair']),
    writable: new Writable({ write(c, e, cb) { received.push(String(c)); cb(); } }),
  });
  pair.end('to pair');
  console.log('pair', await pair.toArray(), received);

  const onlyReadable = Duplex.from(Readable.from(['r']));
  console.log('readable only', onlyReadable.readable, onlyReadable.writable);

  const onlyWritable = Duplex.from(new Writable({ write(c, e, cb) { cb(); } }));
  console.log('writable only', onlyWritable.readable, onlyWritable.writable);

  const asyncFn = Duplex.from(async function(source) {
    let n = 0;
    for await (const c of source) n += c.length;
    console.log('async fn consumed', n);
  });
  asyncFn.on('finish', () => console.log('async fn finish'));
  asyncFn.write('abc');
  asyncFn.end('de');
  await new Promise((r) => asyncFn.on('finish', r));

  for (const bad of [5, 'str'.length, null, () => 5]) {
    try {
      Duplex.from(bad);
      console.log('no throw');
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
  const rejected = Duplex.from(Promise.reject(new Error('rejected')));
  rejected.on('error', (e) => console.log('rejected promise', e.message));
}
main();
