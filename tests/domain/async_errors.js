// Callbacks scheduled inside a domain run inside it, and their uncaught
// errors go to its 'error' listener: setTimeout, setInterval, setImmediate,
// process.nextTick, queueMicrotask.
const domain = require('domain');

const d = domain.create();
const caught = [];
d.on('error', (err) => {
  caught.push(`${err.message} (stack ${domain._stack.length})`);
});
let timer;
d.run(() => {
  timer = setTimeout(() => {
    console.log('timeout runs in d:', process.domain === d, domain._stack.length);
    throw new Error('from setTimeout');
  }, 1);
  process.nextTick(() => {
    console.log('nextTick runs in d:', process.domain === d);
    throw new Error('from nextTick');
  });
  queueMicrotask(() => {
    console.log('microtask runs in d:', process.domain === d);
  });
  let n = 0;
  const iv = setInterval(() => {
    n++;
    if (n === 2) clearInterval(iv);
    throw new Error(`from setInterval #${n}`);
  }, 1);
  setImmediate(() => {
    throw new Error('from setImmediate');
  });
});
console.log('timer.domain is d:', timer.domain === d, Object.keys(timer).includes('domain'));
setTimeout(() => {
  console.log('outside the domain:', process.domain);
  console.log(caught.sort().join('\n'));
}, 50);
