// All ticks run before microtasks; ticks queued by microtasks run after the microtask queue drains.
Promise.resolve().then(() => {
  console.log('p1');
  process.nextTick(() => console.log('tick from p1'));
  Promise.resolve().then(() => console.log('p1.1'));
});
process.nextTick(() => {
  console.log('t1');
  process.nextTick(() => console.log('t1.1'));
  Promise.resolve().then(() => console.log('p from t1'));
});
process.nextTick(() => console.log('t2'));
queueMicrotask(() => console.log('qm'));
console.log('sync');
