// stream.compose() and Readable#compose(): chaining streams and async
// generator functions into one Duplex, and its validation errors.
'use strict';
const { compose, Readable, Transform, PassThrough, Writable } = require('stream');

const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
const exclaim = async function* (source) {
  for await (const chunk of source) yield `${chunk}!`;
};
const c = compose(upper, exclaim);
console.log(c.constructor.name, c.readable, c.writable, c.readableObjectMode, c.writableObjectMode);
const out = [];
c.on('data', (d) => out.push(String(d)));
c.on('end', () => console.log('composed output', out));
c.on('close', () => console.log('composed close'));
c.write('a');
c.end('b');

const r = Readable.from(['x', 'y']).compose(async function* (src) {
  for await (const s of src) yield s.repeat(2);
});
r.toArray().then((v) => console.log('Readable#compose', v));

const single = compose(new PassThrough());
console.log('single passthrough returned as is', single instanceof PassThrough);

for (const args of [[], [new Writable({ write(c, e, cb) { cb(); } }), new PassThrough()],
  [new PassThrough(), Readable.from([])]]) {
  try {
    compose(...args);
    console.log('no throw');
  } catch (e) {
    console.log(e.code, e.message.split('\n')[0]);
  }
}

const failing = compose(new PassThrough(), new Transform({ transform(ch, e, cb) { cb(new Error('inner failed')); } }));
failing.on('error', (e) => console.log('composed error', e.message));
failing.write('z');

const sink = compose(new PassThrough(), async function(source) {
  const parts = [];
  for await (const p of source) parts.push(String(p));
  console.log('sink got', parts);
});
sink.on('finish', () => console.log('sink finish'));
sink.write('1');
sink.end('2');
