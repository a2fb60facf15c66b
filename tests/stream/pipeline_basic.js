// stream.pipeline(): callback on success and failure, destroying the other
// stages, generator and async function stages, iterables as sources, the
// returned stream, and argument validation.
'use strict';
const { pipeline, Readable, Writable, PassThrough, Transform } = require('stream');

const log = (...a) => console.log(...a);

function collector(name) {
  const chunks = [];
  const w = new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } });
  w.on('finish', () => log(name, 'collected', chunks.join('|')));
  return w;
}

{
  const ret = pipeline(
    Readable.from(['a', 'b']),
    new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } }),
    collector('A'),
    (err) => log('A done', err),
  );
  log('A returns last', ret instanceof Writable);
}
{
  const src = new Readable({ read() {} });
  const mid = new PassThrough();
  const dst = collector('B');
  pipeline(src, mid, dst, (err) => {
    log('B done', err && err.message, src.destroyed, mid.destroyed, dst.destroyed);
  });
  src.push('partial');
  setImmediate(() => mid.destroy(new Error('middle failed')));
}
{
  pipeline(
    ['x', 'y', 'z'],
    async function* (source) {
      for await (const chunk of source) yield `${chunk}!`;
    },
    collector('C'),
    (err) => log('C done', err),
  );
}
{
  pipeline(
    Readable.from(['1', '2', '3']),
    async function(source) {
      let sum = 0;
      for await (const c of source) sum += Number(c);
      return sum;
    },
    (err, value) => log('D done', err, value),
  );
}
{
  const src = new Readable({ read() {} });
  const dst = new Writable({ write(c, e, cb) { cb(); } });
  pipeline(src, dst, (err) => log('E premature', err && err.code, err && err.message));
  setImmediate(() => src.destroy());
}
try {
  pipeline(new PassThrough(), () => {});
} catch (e) {
  log(e.code, e.message);
}
try {
  pipeline(new PassThrough(), new PassThrough());
} catch (e) {
  log(e.code, e.message);
}
try {
  pipeline(() => 5, new PassThrough(), () => {});
} catch (e) {
  log(e.code, e.message);
}
{
  pipeline([new PassThrough(), collector('F')], (err) => log('F array form', err));
}
{
  function* gen() { yield 'g1'; yield 'g2'; }
  pipeline(gen, collector('G'), (err) => log('G function source', err));
}
{
  const w = new Writable({ write(c, e, cb) { setImmediate(cb, new Error('sink failed')); } });
  pipeline(Readable.from(['q']), w, (err) => log('H sink error', err.message));
}
