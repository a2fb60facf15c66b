const tp = require('timers/promises');
const { setTimeout: sleep, setImmediate: immediate, setInterval: every } = tp;
(async () => {
  console.log(await sleep(2, 'value'));
  console.log(await immediate('imm'));
  let n = 0;
  for await (const v of every(2, 'iv')) {
    console.log(v, ++n);
    if (n === 3) break;
  }
  const ac = new AbortController();
  const p = sleep(1000, null, { signal: ac.signal });
  ac.abort();
  try {
    await p;
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    await sleep(1, null, { signal: 'x' });
  } catch (e) {
    console.log(e.name, e.code);
  }
  console.log(await tp.scheduler.wait(1) === undefined, require('timers').promises === tp);
})();
