// assert.throws with an object (or error instance) of expected properties:
// each key is compared strictly deep, RegExps test strings, and failures show
// only the keys asked for.
const assert = require('assert');

function report(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log('---', label, e.name, e.code, e.generatedMessage, e.operator);
    console.log(e.message);
  }
}

const err = new TypeError('Wrong value');
err.code = 404;
err.info = { nested: true, baz: 'text' };
err.reg = /abc/i;
const thrower = () => { throw err; };

report('all match', () => assert.throws(thrower, { name: 'TypeError', message: 'Wrong value', info: { nested: true, baz: 'text' } }));
report('message differs', () => assert.throws(thrower, { name: 'TypeError', message: 'Wrong', info: { nested: true, baz: 'text' } }));
report('regexp prop', () => assert.throws(thrower, { message: /Wrong/, code: 404 }));
report('regexp prop fails', () => assert.throws(thrower, { message: /Right/, code: 404 }));
report('code differs', () => assert.throws(thrower, { code: 405 }));
report('regexp value equal', () => assert.throws(thrower, { reg: /abc/i }));
report('regexp value differs', () => assert.throws(thrower, { reg: /abc/ }));
report('missing key', () => assert.throws(thrower, { missing: 1 }));
report('nested differs', () => assert.throws(thrower, { info: { nested: false, baz: 'text' } }));
report('error instance same', () => assert.throws(thrower, new TypeError('Wrong value')));
report('error instance other name', () => assert.throws(thrower, new RangeError('Wrong value')));
report('error instance other message', () => assert.throws(thrower, new TypeError('x')));
report('thrown string', () => assert.throws(() => { throw 'str'; }, { message: 'x' }));
report('thrown number', () => assert.throws(() => { throw 1; }, { message: 'x' }));
report('custom message', () => assert.throws(thrower, { code: 405 }, 'custom msg'));
report('many keys', () => assert.throws(thrower, { name: 'TypeError', message: 'Wrong value', code: 404, foo: 'baz' }));
report('cause', () => assert.throws(() => { throw new Error('abc', { cause: 1 }); }, { cause: 2 }));
report('symbol key ignored', () => assert.throws(thrower, { message: 'Wrong value', [Symbol('s')]: 1 }));
