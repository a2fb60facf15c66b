// util.inspect of emitters in various states.
'use strict';
const util = require('util');
const EventEmitter = require('events');

const e = new EventEmitter();
console.log(e);
e.on('foo', function named() {});
console.log(e);
e.on('foo', () => {});
e.once('bar', function onceListener() {});
console.log(util.inspect(e, { depth: 4 }));
e.setMaxListeners(3);
console.log(util.inspect(e, { depth: 0 }));
console.log(util.inspect({ nested: e }, { depth: 0 }));

class Sub extends EventEmitter {
  constructor() {
    super({ captureRejections: true });
    this.extra = 1;
  }
}
console.log(new Sub());

// Emitter objects made with Object.create or a second init.
const o = Object.create(EventEmitter.prototype);
o.on('x', function x() {});
console.log(o);
const twice = new EventEmitter();
twice.on('y', function y() {});
EventEmitter.call(twice);
console.log(twice);
console.log(Object.keys(e), Object.getOwnPropertySymbols(e).map(String));
