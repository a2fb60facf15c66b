// addAbortSignal() and the `signal` option: aborting destroys the stream with
// an AbortError carrying the reason; validation of both arguments.
'use strict';
const { addAbortSignal, Readable, Writable, Duplex } = require('stream');

{
  const ac = new AbortController();
  const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
  r.on('error', (e) => console.log('A error', e.name, e.code, e.message, e.cause));
  r.on('close', () => console.log('A close', r.destroyed));
  ac.abort('my reason');
}
{
  const r = new Readable({ read() {}, signal: AbortSignal.abort() });
  console.log('B destroyed at construction', r.destroyed);
  r.on('error', (e) => console.log('B error', e.name));
}
{
  const ac = new AbortController();
  const w = new Writable({ write(c, e, cb) { cb(); }, signal: ac.signal });
  w.on('error', (e) => console.log('C error', e.name, e.cause && e.cause.name));
  w.write('x');
  ac.abort();
}
{
  const ac = new AbortController();
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); }, signal: ac.signal });
  d.on('error', (e) => console.log('D duplex error', e.name));
  d.on('close', () => console.log('D close'));
  setImmediate(() => ac.abort());
}
{
  const ac = new AbortController();
  const r = Readable.from(['done']);
  addAbortSignal(ac.signal, r);
  r.resume();
  r.on('close', () => {
    ac.abort();
    console.log('E abort after close is harmless', r.errored);
  });
}
for (const [sig, stream] of [[{}, new Readable()], ['x', new Readable()], [new AbortController().signal, {}]]) {
  try {
    addAbortSignal(sig, stream);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
console.log('duck-typed signal', addAbortSignal({ aborted: false, addEventListener() {}, removeEventListener() {} }, new Readable()) instanceof Readable);
