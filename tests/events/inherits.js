// Old-style inheritance (util.inherits + EventEmitter.call) and class syntax.
'use strict';
const util = require('util');
const EventEmitter = require('events');

function Legacy(name) {
  EventEmitter.call(this);
  this.name = name;
}
util.inherits(Legacy, EventEmitter);
Legacy.prototype.greet = function () {
  this.emit('greet', `hello ${this.name}`);
};

const l = new Legacy('legacy');
l.on('greet', (msg) => console.log(msg));
l.greet();
console.log(l instanceof EventEmitter, Object.keys(l), util.inspect(l));

class Modern extends EventEmitter {
  constructor() {
    super();
    this.count = 0;
  }
  bump() {
    this.count++;
    this.emit('bump', this.count);
  }
}
const m = new Modern();
m.on('bump', (n) => console.log('bump', n));
m.bump();
m.bump();
console.log(m);

// EventEmitter.init resets state on an object.
const o = { };
Object.setPrototypeOf(o, EventEmitter.prototype);
EventEmitter.init.call(o);
o.on('z', () => console.log('z on plain object'));
o.emit('z');
console.log(Object.keys(o));

// Calling without new throws (no receiver).
try {
  EventEmitter();
} catch (err) {
  console.log(err.constructor.name);
}

// Mixing into an existing prototype chain.
const proto = Object.create(EventEmitter.prototype);
proto.hello = function () { return 'hi'; };
const x = Object.create(proto);
EventEmitter.call(x);
x.on('ev', () => console.log('mixin works', x.hello()));
x.emit('ev');
