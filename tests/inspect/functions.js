// Functions and classes.
const util = require('util');
function named() {}
const anon = function () {};
const arrow = () => {};
async function af() {}
function* gen() {}
async function* agen() {}
class A {}
class B extends A {}
const vals = [named, anon, arrow, af, async () => {}, gen, agen, A, B, class {}, class extends B {},
  named.bind(null), Math.max, Object, Array.prototype.push];
for (const v of vals) console.log(util.inspect(v));
console.log(util.inspect(Object.assign(function withProps() {}, { a: 1, b: 'two' })));
class Static { static count = 3; static helper() {} }
console.log(util.inspect(Static));
class Renamed { static name = 'Other'; }
console.log(util.inspect(Renamed));
console.log(util.inspect(Object.setPrototypeOf(function np() {}, null)));
console.log(util.inspect(Object.setPrototypeOf(class NP {}, null)));
console.log(util.inspect(Object.defineProperty(function () {}, Symbol.toStringTag, { value: 'Tag' })));
console.log(util.inspect({ method() {}, arrow: () => {}, ['computed' + 1]() {} }));
console.log(util.inspect(Object.defineProperty(function f() {}, 'name', { value: 42 })));
console.log(util.inspect(Object.defineProperty(function f() {}, 'name', { value: '' })));
