// Errors print their stack; extra own properties follow in braces.
const util = require('util');
function withStack(err, stack) { err.stack = stack; return err; }
const e1 = withStack(new Error('plain'), 'Error: plain\n    at fn (file.js:1:1)\n    at other (file.js:2:2)');
console.log(util.inspect(e1));
e1.code = 'E_CODE';
e1.details = { a: 1 };
console.log(util.inspect(e1));
console.log(util.inspect({ nested: e1 }));
console.log(util.inspect([e1]));
const e2 = withStack(new TypeError('bad type'), 'TypeError: bad type\n    at fn (file.js:1:1)');
console.log(util.inspect(e2));
const noStack = new Error('no stack');
delete noStack.stack;
console.log(util.inspect(noStack));
const emptyStack = new Error('empty');
emptyStack.stack = '';
console.log(util.inspect(emptyStack));
console.log(util.inspect(withStack(new Error('odd'), 'just some text')));
console.log(util.inspect(withStack(new Error(''), 'Error\n    at fn (file.js:1:1)')));
console.log(util.inspect({ a: { b: { c: { d: e1 } } } }));
console.log(util.format('%s', withStack(new Error('fmt'), 'Error: fmt\n    at x (y.js:1:1)')));
console.log(util.inspect(withStack(new Error('multi\nline message'), 'Error: multi\nline message\n    at fn (file.js:1:1)')));
