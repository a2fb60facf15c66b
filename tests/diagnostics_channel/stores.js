// bindStore/runStores: the published data (or its transform) becomes the
// store's value while fn runs; fn gets thisArg and the extra arguments.
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const ch = dc.channel('stores');
console.log(ch.hasSubscribers);
ch.bindStore(als, (data) => ({ wrapped: data }));
console.log(ch.hasSubscribers, ch.constructor.name);
ch.subscribe((msg) => console.log('subscriber sees store', als.getStore(), 'message', msg));
const result = ch.runStores({ id: 1 }, function(a, b) {
  console.log('fn sees', als.getStore(), this, a, b);
  return 'fn result';
}, { self: true }, 'A', 'B');
console.log(result, als.getStore());

// Rebinding replaces the transform; no transform stores the data itself.
ch.bindStore(als);
ch.runStores({ id: 2 }, () => console.log('untransformed', als.getStore()));

// Two stores: both set while fn runs.
const other = new AsyncLocalStorage();
ch.bindStore(other, (data) => `other-${data.id}`);
ch.runStores({ id: 3 }, () => console.log('both', als.getStore(), other.getStore()));

// A throwing transform skips its store; the error surfaces on the next tick.
process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
ch.bindStore(other, () => {
  throw new Error('transform failed');
});
ch.runStores({ id: 4 }, () => console.log('after failed transform', als.getStore(), other.getStore()));

console.log(ch.unbindStore(als), ch.unbindStore(als), ch.unbindStore(other));
console.log(ch.hasSubscribers);

// A channel without subscribers or stores just calls fn.
const idle = dc.channel('idle');
console.log(idle.runStores('data', (x) => `plain ${x}`, null, 'arg'));
