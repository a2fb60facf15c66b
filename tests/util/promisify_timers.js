'use strict';
// util.promisify of the timer functions gives the timers/promises versions,
// which resolve with the value argument.
const util = require('util');
const timers = require('timers');
const timersPromises = require('timers/promises');
const custom = util.promisify.custom;
for (const name of ['setTimeout', 'setImmediate', 'setInterval']) {
  const fn = globalThis[name];
  const d = Object.getOwnPropertyDescriptor(fn, custom);
  console.log(name, fn === timers[name], d && typeof d.get, d && d.enumerable, d && d.configurable,
              d ? util.promisify(fn) === timersPromises[name] : 'none');
}
console.log(Reflect.ownKeys(setTimeout), Object.keys(setTimeout));
const sleep = util.promisify(setTimeout);
const immediate = util.promisify(setImmediate);
Promise.all([sleep(5, 'timeout value'), immediate('immediate value'), sleep(1), immediate()])
  .then((values) => console.log(values));
const ac = new AbortController();
sleep(1000, 'never', { signal: ac.signal }).catch((e) => console.log('aborted:', e.name, e.code));
ac.abort();
