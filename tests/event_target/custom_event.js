// CustomEvent: detail, inheritance, prototype.
'use strict';
const util = require('util');

const ce = new CustomEvent('msg', { detail: { text: 'hi' }, cancelable: true });
console.log(ce.type, ce.detail, ce.cancelable, ce instanceof Event, ce instanceof CustomEvent);
console.log(new CustomEvent('a').detail, new CustomEvent('a', { detail: undefined }).detail,
            new CustomEvent('a', { detail: 0 }).detail, new CustomEvent('a', null).detail);
console.log(Object.prototype.toString.call(ce), Object.keys(CustomEvent.prototype));
console.log(Object.getPrototypeOf(CustomEvent) === Event, CustomEvent.length, CustomEvent.AT_TARGET);

const et = new EventTarget();
et.addEventListener('msg', (e) => console.log('received', e.detail, e.constructor.name));
et.dispatchEvent(ce);

// inspect shows type/defaultPrevented/cancelable/timeStamp (masked here).
const mask = (s) => s.replace(/timeStamp: [0-9.e+-]+/, 'timeStamp: <n>');
console.log(mask(util.inspect(ce, { breakLength: Infinity })));
console.log(mask(util.inspect(new Event('plain'), { breakLength: Infinity })));
console.log(util.inspect(ce, { depth: -1 }), util.inspect([ce], { depth: 0 }));
