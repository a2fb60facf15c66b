// Error name/constructor mismatches and subclasses.
const util = require('util');
function withStack(err, stack) { err.stack = stack; return err; }
class MyError extends Error {}
console.log(util.inspect(withStack(new MyError('m'), 'Error: m\n    at f (a.js:1:1)')));
class NamedError extends Error { constructor(m) { super(m); this.name = 'NamedError'; } }
console.log(util.inspect(withStack(new NamedError('n'), 'NamedError: n\n    at f (a.js:1:1)')));
class ProtoNamed extends Error {}
ProtoNamed.prototype.name = 'ProtoNamed';
console.log(util.inspect(withStack(new ProtoNamed('p'), 'ProtoNamed: p\n    at f (a.js:1:1)')));
const renamed = withStack(new TypeError('r'), 'TypeError: r\n    at f (a.js:1:1)');
renamed.name = 'CustomName';
console.log(util.inspect(renamed));
const renamed2 = withStack(new Error('x'), 'Error: x\n    at f (a.js:1:1)');
renamed2.name = 'Foo';
console.log(util.inspect(renamed2));
const nullProto = withStack(Object.setPrototypeOf(new Error('np'), null), 'Error: np\n    at f (a.js:1:1)');
console.log(util.inspect(nullProto));
const tagged = withStack(new RangeError('t'), 'RangeError: t\n    at f (a.js:1:1)');
Object.defineProperty(tagged, Symbol.toStringTag, { value: 'Tagged' });
console.log(util.inspect(tagged));
const msgChanged = withStack(new Error('original'), 'Error: original\n    at f (a.js:1:1)');
msgChanged.message = 'changed';
console.log(util.inspect(msgChanged));
const nameUndef = withStack(new Error('u'), 'Error: u\n    at f (a.js:1:1)');
nameUndef.name = undefined;
console.log(util.inspect(nameUndef));
const stackObj = new Error('so');
stackObj.stack = { weird: true };
console.log(util.inspect(stackObj));
console.log(util.inspect(Object.create(Error.prototype)));
