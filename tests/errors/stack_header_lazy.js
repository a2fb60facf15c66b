'use strict';
// Node errors' stack header "Name [CODE]: message" is built on the first read
// of `stack`, from the values at that time; later changes don't alter it.
const util = require('util');
function capture(fn) { try { fn(); } catch (e) { return e; } return null; }
const first = (e) => e.stack.split('\n')[0];

const a = capture(() => util.promisify(1));
a.name = 'Renamed'; a.code = 'ERR_OTHER'; a.message = 'new text';
console.log(first(a));
a.message = 'too late';
console.log(first(a), '|', String(a));

const b = capture(() => util.parseArgs({ args: ['x'], options: {} }));
console.log(first(b));
b.name = 'After';
console.log(first(b), '|', String(b));

const c = capture(() => new TextDecoder('nope'));
delete c.code; c.message = '';
console.log(JSON.stringify(first(c)));

const d = capture(() => util.promisify(1));
d.name = undefined; d.message = undefined;
console.log(first(d));

// A plain error with a code keeps the ordinary header.
const p = new RangeError('plain');
p.code = 'ERR_X';
console.log(first(p));

Error.stackTraceLimit = 0;
const e = capture(() => util.getSystemErrorName(1.5));
console.log(JSON.stringify(e.stack), Object.getOwnPropertyNames(e));
e.stack = 'replaced';
console.log(e.stack, Object.getOwnPropertyDescriptor(e, 'stack').enumerable);
Error.stackTraceLimit = 10;
const f = capture(() => util.promisify(1));
console.log(f.stack.split('\n').length > 1);
