// Event-loop overhead: 100k immediates, each with a nextTick and a promise job.
let n = 0;
function step() {
  if (++n === 100000) return console.log(n);
  process.nextTick(() => {});
  Promise.resolve().then(() => {});
  setImmediate(step);
}
step();
