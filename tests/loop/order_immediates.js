// Immediates queued while immediates run wait for the next loop iteration.
setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate 3 (next iteration)'));
  process.nextTick(() => console.log('tick between immediates'));
});
setImmediate(() => console.log('immediate 2'));
const t = setTimeout(() => console.log('never'), 0);
clearTimeout(t);
