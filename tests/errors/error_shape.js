'use strict';
// Node errors raised by core APIs: name, code, toString, stack header, keys, prototype chain.
const util = require('util');
function capture(fn) { try { fn(); } catch (e) { return e; } return null; }
const errs = [
  capture(() => util.promisify(1)),
  capture(() => util.getSystemErrorName(1)),
  capture(() => util.styleText('nope', 'x')),
  capture(() => util.parseArgs({ args: ['--x'], options: {} })),
  capture(() => new TextDecoder('nope')),
  capture(() => structuredClone()),
];
for (const e of errs) {
  console.log(e.name, e.code, e instanceof Error, e.constructor.name, e.constructor === globalThis[e.name]);
  console.log(String(e));
  console.log(e.stack.split('\n')[0]);
  console.log(Object.keys(e), Object.prototype.toString.call(e), typeof e.message);
  console.log(Object.getOwnPropertyDescriptor(e, 'code').enumerable, Object.getOwnPropertyDescriptor(e, 'message').enumerable);
}
const e = errs[0];
e.name = 'Custom';
console.log(String(e));
e.message = 'changed';
console.log(String(e));
