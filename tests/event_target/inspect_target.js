// util.inspect of EventTarget and Event objects.
'use strict';
const util = require('util');

const mask = (s) => s.replace(/timeStamp: [0-9.e+-]+/g, 'timeStamp: <n>');
const et = new EventTarget();
console.log(et, util.inspect(et, { depth: -1 }), util.inspect({ et }, { depth: 0 }));
et.addEventListener('x', () => {});
console.log(util.inspect(et, { showHidden: false }));
class Mine extends EventTarget {}
console.log(new Mine(), [new Mine()]);
console.log(mask(util.inspect(new Event('foo'), { breakLength: Infinity })));
class MyEvent extends Event {}
console.log(mask(util.inspect(new MyEvent('bar'), { breakLength: Infinity })));
console.log(util.inspect({ a: { b: new Event('deep') } }, { depth: 1 }));
console.log(Object.prototype.toString.call(et), String(et));
console.log(Object.keys(EventTarget.prototype), EventTarget.length, EventTarget.name);
