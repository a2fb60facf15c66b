// getEventListeners/getMaxListeners/setMaxListeners statics for emitters and targets.
'use strict';
const EventEmitter = require('events');
const { getEventListeners, getMaxListeners, setMaxListeners } = EventEmitter;

const e = new EventEmitter();
function a() {}
function b() {}
e.on('x', a);
e.once('x', b);
console.log(getEventListeners(e, 'x').map((f) => f.name), getEventListeners(e, 'none'));

const et = new EventTarget();
et.addEventListener('x', a);
et.addEventListener('x', b, { once: true });
et.addEventListener('x', a); // duplicate, ignored
const obj = { handleEvent() {} };
et.addEventListener('x', obj);
const l = getEventListeners(et, 'x');
console.log(l.length, l[0] === a, l[1] === b, l[2] === obj, getEventListeners(et, 'none'));
console.log(EventEmitter.listenerCount(et, 'x'));

console.log(getMaxListeners(e), getMaxListeners(et));
setMaxListeners(3, e, et);
console.log(getMaxListeners(e), e.getMaxListeners(), getMaxListeners(et));

// Without targets, setMaxListeners changes the default.
setMaxListeners(7);
console.log(EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners(), getMaxListeners(new EventTarget()));
setMaxListeners();
console.log(EventEmitter.defaultMaxListeners);
setMaxListeners(10);

function t(label, fn) {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.code, err.message);
  }
}
t('getEventListeners({})', () => getEventListeners({}, 'x'));
t('getMaxListeners({})', () => getMaxListeners({}));
t('getMaxListeners()', () => getMaxListeners());
t('setMaxListeners(1, {})', () => setMaxListeners(1, {}));
t('setMaxListeners(-1)', () => setMaxListeners(-1));
t('setMaxListeners("1")', () => setMaxListeners('1'));
t('listenerCount({})', () => EventEmitter.listenerCount({}, 'x'));
