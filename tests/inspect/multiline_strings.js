// Long strings containing newlines are split into concatenated pieces.
const util = require('util');
const text = 'first line of the text\nsecond line of the text\nthird line, which is a fair bit longer than the others\n';
console.log(util.inspect(text));
console.log(util.inspect({ key: text }));
console.log(util.inspect({ a: { b: { c: text } } }));
console.log(util.inspect([text, 'short']));
console.log(util.inspect('short\nstring'));
console.log(util.inspect('x'.repeat(100)));
console.log(util.inspect(text, { compact: true }));
console.log(util.inspect(text, { breakLength: Infinity }));
console.log(util.inspect(text, { maxStringLength: 30 }));
console.log(util.inspect('abcdef', { maxStringLength: 3 }));
console.log(util.inspect(['abcdef'], { maxStringLength: 1 }));
console.log(util.inspect('abc', { maxStringLength: 0 }));
