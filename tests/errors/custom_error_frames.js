// V8 leaves the constructor frames of an Error subclass out of its stack, and
// Error.captureStackTrace(this, Ctor) starts at the `new` of the call.
'use strict';
const show = (stack, n) => stack.split('\n').slice(0, n).join('\n').replaceAll(__filename, 'FILE');
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
class Sub extends MyError {}
function f() { return new Sub('x'); }
console.log(show(f().stack, 3));
function Legacy(m) { Error.captureStackTrace(this, Legacy); this.message = m; }
console.log(show(new Legacy('y').stack, 2));
class NotAnError { constructor() { this.e = new TypeError('inside'); } }
console.log(show(new NotAnError().e.stack, 3));
