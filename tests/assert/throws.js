// assert.throws with a class, a RegExp, a validation function or nothing;
// missing exceptions and mismatches.
const assert = require('assert');

function report(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, '|', e.name, e.code, '|', JSON.stringify(e.message), '|',
                e.generatedMessage, e.operator, typeof e.actual, typeof e.expected);
  }
}

const err = new TypeError('Wrong value');
const thrower = () => { throw err; };
class MyError extends Error {}
const FakeTypeError = class TypeError extends Error {};

report('no expectation', () => assert.throws(thrower));
report('class match', () => assert.throws(thrower, TypeError));
report('base class match', () => assert.throws(thrower, Error));
report('class mismatch', () => assert.throws(thrower, RangeError));
report('same name other class', () => assert.throws(thrower, FakeTypeError));
report('subclass expected', () => assert.throws(() => { throw new Error('m'); }, MyError));
report('empty message error', () => assert.throws(() => { throw new Error(''); }, RangeError));
report('non-error thrown', () => assert.throws(() => { throw { a: 1 }; }, RangeError));
report('regexp match', () => assert.throws(thrower, /Wrong/));
report('regexp mismatch', () => assert.throws(thrower, /Right/));
report('regexp on string', () => assert.throws(() => { throw 'plain'; }, /lai/));
report('validate true', () => assert.throws(thrower, (e) => e instanceof TypeError));
report('validate false', () => assert.throws(thrower, (e) => false));
report('named validate', () => assert.throws(thrower, function validate() { return 1; }));
report('validate on string', () => assert.throws(() => { throw 'str'; }, function check() {}));
report('validate throws', () => assert.throws(thrower, () => { throw new Error('inside'); }));
report('missing', () => assert.throws(() => {}));
report('missing class', () => assert.throws(() => {}, TypeError));
report('missing regexp', () => assert.throws(() => {}, /abc/));
report('missing object', () => assert.throws(() => {}, { message: 'x' }));
report('missing named fn', () => assert.throws(() => {}, function named() {}));
report('missing with message', () => assert.throws(() => {}, 'custom'));
report('missing class with message', () => assert.throws(() => {}, Error, 'custom'));
report('mismatch with message', () => assert.throws(thrower, /Right/, 'custom'));
report('class mismatch with message', () => assert.throws(thrower, RangeError, 'custom'));
report('string as message', () => assert.throws(thrower, 'other message'));
report('null expectation', () => assert.throws(thrower, null));
report('undefined expectation', () => assert.throws(thrower, undefined, 'm'));
report('thrown null', () => assert.throws(() => { throw null; }));
report('thrown undefined', () => assert.throws(() => { throw undefined; }, (e) => e === undefined));
console.log(assert.throws(thrower), 'returns undefined');
