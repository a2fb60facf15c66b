// tracePromise: start/end synchronously, asyncStart/asyncEnd when the promise
// settles (error first on rejection), thenables and plain values adopted, and
// the ordering of these events against other promise jobs.
const dc = require('diagnostics_channel');

const tc = dc.tracingChannel('promise-op');
const log = (ev) => (ctx) => console.log(ev, JSON.stringify(ctx), ctx.error ? ctx.error.message : '');
tc.subscribe({
  start: log('start'), end: log('end'), asyncStart: log('asyncStart'),
  asyncEnd: log('asyncEnd'), error: log('error'),
});

(async () => {
  const ctx = { id: 1 };
  const p = tc.tracePromise(async (v) => v + 1, ctx, null, 41);
  console.log('returned a promise:', p instanceof Promise);
  console.log('awaited', await p, JSON.stringify(ctx));
  try {
    await tc.tracePromise(async () => { throw new Error('async failure'); }, { id: 2 });
  } catch (e) {
    console.log('caught', e.message);
  }
  const plain = tc.tracePromise(() => 'plain value', { id: 3 });
  console.log('plain value wrapped:', plain instanceof Promise, await plain);
  try {
    tc.tracePromise(() => { throw new Error('thrown synchronously'); }, { id: 4 });
  } catch (e) {
    console.log('sync caught', e.message);
  }
  class MyPromise extends Promise {}
  const sub = tc.tracePromise(() => MyPromise.resolve('sub'), { id: 5 });
  console.log('species kept:', sub instanceof MyPromise);
  await sub;

  // Settlement order against other jobs queued at the same time.
  const order = [];
  tc.tracePromise(() => Promise.reject(new Error('r')), { id: 6 }).catch(() => order.push('rejected'));
  tc.tracePromise(() => ({ then(res) { res('thenable'); } }), { id: 7 }).then(() => order.push('thenable'));
  tc.tracePromise(async () => 'async', { id: 8 }).then(() => order.push('async'));
  Promise.resolve().then(() => order.push('plain job'));
  await new Promise((resolve) => setImmediate(resolve));
  console.log(order.join(' '));
})();
