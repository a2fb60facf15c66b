'use strict';
// util.inherits: prototype wiring, super_, and argument errors.
const util = require('util');
const EventEmitter = require('events');

function Base() {}
Base.prototype.hello = function() { return 'hello from base'; };
function Child() { Base.call(this); }
util.inherits(Child, Base);
const c = new Child();
console.log(c.hello(), c instanceof Base, Child.super_ === Base);
console.log(Object.getOwnPropertyDescriptor(Child, 'super_').enumerable);

function Emitter() { EventEmitter.call(this); }
util.inherits(Emitter, EventEmitter);
const e = new Emitter();
e.on('ping', (v) => console.log('got', v));
e.emit('ping', 42);

for (const [a, b] of [[null, Base], [Child, null], [Child, undefined], [function() {}, {}], [undefined, Base], [1, 2]]) {
  try {
    util.inherits(a, b);
    console.log('no error');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
