'use strict';
// util.deprecate: warns once (once per code), keeps this/new/return values and prototype.
const util = require('util');

process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));

function Old(x) { this.x = x; return undefined; }
Old.prototype.get = function() { return this.x; };
const Dep = util.deprecate(Old, 'Old() is deprecated', 'DEP_TEST1');
console.log(Dep.name, Dep.length, Dep.prototype === Old.prototype, Object.getPrototypeOf(Dep) === Old);
const o = new Dep(5);
console.log(o instanceof Old, o.get());
new Dep(6);

const f1 = util.deprecate(function sum(a, b) { return a + b + (this ? this.k : 0); }, 'sum is old', 'DEP_TEST2');
console.log(f1.call({ k: 10 }, 1, 2));
const f2 = util.deprecate(() => 'same code', 'other message same code', 'DEP_TEST2');
console.log(f2());
const f3 = util.deprecate(() => 'no code', 'no code message');
f3(); f3();
const f4 = util.deprecate(() => 'no code 2', 'no code message');
f4();

try { util.deprecate(() => {}, 'm', 123); } catch (e) { console.log(e.name, e.code, e.message); }
console.log('end of sync code');
