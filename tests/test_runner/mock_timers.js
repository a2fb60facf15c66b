// mock.timers: a fake clock for setTimeout/setInterval/setImmediate, node:timers,
// timers/promises and Date, driven by tick()/runAll()/setTime().
require('./_normalize');
const { mock, test } = require('node:test');
const timers = require('timers');
const timersPromises = require('timers/promises');

function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
attempt('tick before enable', () => mock.timers.tick(1));
attempt('unsupported api', () => mock.timers.enable({ apis: ['nope'] }));
attempt('apis not an array', () => mock.timers.enable({ apis: 'setTimeout' }));

const realSetTimeout = setTimeout;
mock.timers.enable({ now: 1000 });
attempt('enable twice', () => mock.timers.enable());
console.log(setTimeout === realSetTimeout, timers.setTimeout === setTimeout, Date.now(), new Date().getTime());

const order = [];
const t1 = setTimeout((a) => order.push(`t1 ${a} at ${Date.now()}`), 100, 'arg');
setTimeout(() => order.push(`t2 at ${Date.now()}`), 50);
const iv = setInterval(() => order.push(`interval at ${Date.now()}`), 30);
setImmediate(() => order.push(`immediate at ${Date.now()}`));
timersPromises.setTimeout(40, 'value').then((v) => console.log('timers/promises resolved:', v));
console.log(t1.constructor.name, typeof t1.unref, t1.hasRef());
mock.timers.tick(60);
console.log(order.splice(0).join(', '));
mock.timers.tick(40);
console.log(order.splice(0).join(', '));
clearInterval(iv);
clearTimeout(setTimeout(() => order.push('cleared'), 1));
setTimeout(() => {
  order.push(`outer at ${Date.now()}`);
  setTimeout(() => order.push('scheduled during runAll'), 1);
}, 5);
setTimeout(() => order.push(`last at ${Date.now()}`), 500);
mock.timers.runAll();
console.log(order.splice(0).join(', '), Date.now());
mock.timers.setTime(5);
console.log(Date.now(), String(new Date(0).getTime()));
mock.timers.reset();
console.log(setTimeout === realSetTimeout, Date.now() > 1e12);

test('t.mock.timers', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  let fired = false;
  setTimeout(() => { fired = true; }, 1000);
  t.mock.timers.tick(999);
  console.log('after 999ms:', fired);
  t.mock.timers.tick(1);
  console.log('after 1000ms:', fired);
});
test('restored after the test', () => {
  console.log('setTimeout restored:', setTimeout === realSetTimeout);
});
