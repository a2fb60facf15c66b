// Equal timeouts fire in the order they were created; ticks and microtasks run between them.
for (let i = 0; i < 5; i++) {
  setTimeout(() => {
    console.log('timer', i);
    process.nextTick(() => console.log('  tick after', i));
    Promise.resolve().then(() => console.log('  promise after', i));
  }, 5);
}
setTimeout(() => console.log('longer'), 10);
