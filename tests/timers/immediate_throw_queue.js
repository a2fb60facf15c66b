// An immediate that throws (the error handled by 'uncaughtException'): the rest of
// that turn's queue still runs in the same check phase, ticks scheduled by the
// failed callback wait until the next callback completes, and immediates queued
// meanwhile wait for the next turn.
const order = [];
process.on('uncaughtException', (err) => {
  order.push(`handled ${err.message}`);
  process.nextTick(() => order.push('tick from handler'));
});
setImmediate(() => order.push('a'));
setImmediate(() => {
  process.nextTick(() => order.push('tick from thrower'));
  setImmediate(() => order.push('next turn'));
  throw new Error('boom');
});
setImmediate(() => order.push('c'));
setImmediate(() => order.push('d'));
setTimeout(() => { order.push('timeout'); console.log(order.join('\n')); }, 5);
