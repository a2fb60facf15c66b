// Errors inside other values: indentation of stack lines, depth limits, and
// the extra properties shown after the stack.
const util = require('util');
function withStack(err, stack) { err.stack = stack; return err; }
const inner = withStack(new RangeError('inner'), 'RangeError: inner\n    at a (x.js:1:1)\n    at b (x.js:2:2)');
console.log(util.inspect({ level1: { level2: inner } }));
console.log(util.inspect([inner, 'after']));
console.log(util.inspect(new Map([['err', inner]])));
console.log(util.inspect({ a: { b: { c: { d: inner } } } }));
console.log(util.inspect({ a: { b: { c: inner } } }, { depth: 1 }));
const withProps = withStack(new Error('props'), 'Error: props\n    at c (y.js:3:3)');
withProps.info = { nested: [1, 2, 3] };
withProps.other = inner;
console.log(util.inspect(withProps));
console.log(util.inspect({ wrapper: withProps }));
const frameless = new Error('no frames here');
frameless.stack = 'Error: no frames here';
frameless.code = 'E_X';
console.log(util.inspect(frameless), util.inspect([frameless]));
const named = withStack(new Error('msg'), 'Error: msg\n    at z (z.js:1:1)');
named.name = 'CustomName';
console.log(util.inspect(named));
const numName = withStack(new Error('msg'), 'Error: msg\n    at z (z.js:1:1)');
numName.name = 42;
console.log(util.inspect(numName));
const nonStringStack = new Error('weird');
nonStringStack.stack = { not: 'a string' };
console.log(util.inspect(nonStringStack));
console.log(util.inspect(Object.assign(withStack(new TypeError(''), 'TypeError\n    at q (q.js:1:1)'), { extra: 1 })));
