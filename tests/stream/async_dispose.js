// Symbol.asyncDispose on Readable and Writable: destroys with an AbortError
// unless already ended/finished, and resolves once the stream is closed.
'use strict';
const { Readable, Writable } = require('stream');

async function main() {
  const r = new Readable({ read() {} });
  r.on('error', (e) => console.log('r error', e.name));
  r.on('close', () => console.log('r close'));
  await r[Symbol.asyncDispose]();
  console.log('r disposed', r.destroyed);

  const done = Readable.from(['x']);
  done.resume();
  await new Promise((res) => done.on('end', res));
  await done[Symbol.asyncDispose]();
  console.log('ended readable disposed', done.errored);

  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => console.log('w error', e.name));
  await w[Symbol.asyncDispose]();
  console.log('w disposed', w.destroyed, w.errored && w.errored.name);

  const f = new Writable({ write(c, e, cb) { cb(); } });
  f.end();
  await new Promise((res) => f.on('finish', res));
  await f[Symbol.asyncDispose]();
  console.log('finished writable disposed', f.errored);
}
main();
