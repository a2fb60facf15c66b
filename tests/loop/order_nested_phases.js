// From a timer: the immediate runs before a new 0 ms timer.
setTimeout(() => {
  console.log('timeout 1');
  setImmediate(() => console.log('immediate from timeout'));
  setTimeout(() => console.log('timeout from timeout'), 0);
}, 1);
setTimeout(() => {
  setImmediate(() => {
    console.log('immediate 2');
    process.nextTick(() => console.log('tick in immediate'));
  });
}, 20);
