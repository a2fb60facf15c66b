// From a timer: immediate before the next timer; from an immediate: timers later.
setTimeout(() => {
  console.log('timeout 1');
  setImmediate(() => console.log('immediate from timeout'));
  setTimeout(() => console.log('timeout from timeout'), 0);
}, 1);
setTimeout(() => {
  setImmediate(() => {
    console.log('immediate 2');
    setTimeout(() => console.log('timeout from immediate'), 0);
    setImmediate(() => console.log('immediate from immediate'));
  });
}, 20);
