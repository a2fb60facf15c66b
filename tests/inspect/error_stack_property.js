// Every error has an own, non-enumerable `stack` accessor (before message and
// cause), which inspect shows with showHidden; deleting it removes the stack.
const util = require('util');
const header = (s) => (typeof s === 'string' ? s.split('\n')[0] : s);
const e = new Error('first', { cause: 'why' });
console.log(Object.getOwnPropertyNames(e), Object.keys(e));
const d = Object.getOwnPropertyDescriptor(e, 'stack');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, 'value' in d);
console.log(Object.getOwnPropertyNames(new AggregateError([], 'agg')));
console.log(Object.getOwnPropertyNames(new RangeError()));
e.message = 'renamed before first read';
console.log(header(e.stack));
e.message = 'renamed after first read';
console.log(header(e.stack));
e.stack = 'Error: replaced\n    at somewhere (file.js:1:1)';
console.log(e.stack, typeof Object.getOwnPropertyDescriptor(e, 'stack').get);
console.log(util.inspect(e, { showHidden: true }));
delete e.stack;
console.log(e.stack, Object.getOwnPropertyNames(e));
console.log(util.inspect(e));
try { throw e; } catch (err) { console.log(err.stack); }
const inherits = Object.create(new TypeError('from proto'));
console.log(header(inherits.stack), Object.getOwnPropertyNames(inherits));
class Custom extends Error { constructor(m) { super(m); this.name = 'Custom'; } }
const c = new Custom('sub');
console.log(header(c.stack), Object.getOwnPropertyNames(c));
try { throw { notAnError: true }; } catch (x) { console.log(Object.getOwnPropertyNames(x)); }
const target = { name: 'Target', message: 'captured' };
Error.captureStackTrace(target);
console.log(header(target.stack), Object.getOwnPropertyNames(target), Object.keys(target));
const limit = Error.stackTraceLimit;
Error.stackTraceLimit = 0;
console.log(JSON.stringify(new Error('no frames').stack));
Error.stackTraceLimit = limit;
function recurse() { recurse(); }
try { recurse(); } catch (err) { console.log(err.name, typeof err.stack, header(err.stack)); }
