// new assert.AssertionError(options): message building per operator, the
// properties, key order, name, toString and the stack header.
const assert = require('assert');
const { AssertionError } = assert;

function build(label, options) {
  try {
    const e = new AssertionError(options);
    console.log(label, '|', JSON.stringify(e.message), '|', e.generatedMessage, e.operator, e.diff,
                Object.keys(e).join(','));
  } catch (e) {
    console.log(label, 'threw', e.code, e.message);
  }
}

build('strictEqual', { actual: 1, expected: 2, operator: 'strictEqual' });
build('deepStrictEqual', { actual: 1, expected: 2, operator: 'deepStrictEqual' });
build('notDeepStrictEqual', { actual: 1, expected: 2, operator: 'notDeepStrictEqual' });
build('notStrictEqual', { actual: 1, expected: 2, operator: 'notStrictEqual' });
build('notDeepEqual', { actual: 1, expected: 2, operator: 'notDeepEqual' });
build('deepEqual', { actual: 1, expected: 2, operator: 'deepEqual' });
build('unknown operator', { actual: 1, expected: 2, operator: 'foo' });
build('no operator', { actual: 1, expected: 2 });
build('empty', {});
build('message', { actual: 1, expected: 2, operator: 'foo', message: 'mmm' });
build('empty message', { actual: 1, expected: 2, operator: 'deepStrictEqual', message: '' });
build('zero message', { actual: 1, expected: 2, operator: 'strictEqual', message: 0 });
build('null message', { actual: 1, expected: 2, operator: 'strictEqual', message: null });
build('error message', { actual: 1, expected: 2, operator: 'match', message: new Error('e') });
build('diff full', { actual: 1, expected: 2, operator: 'strictEqual', diff: 'full' });
build('long ==', { actual: 'x'.repeat(600), expected: 2, operator: '==' });
build('details', { message: 'd', details: [{ message: 'm0', actual: 1, expected: 2, operator: 'op', stack: 's' }] });
build('error causes', {
  actual: new Error('a', { cause: new Error('c1') }),
  expected: new Error('a', { cause: new Error('c2') }),
  operator: 'deepStrictEqual',
});
build('errors deepEqual', { actual: new Error('a'), expected: new Error('b'), operator: 'deepEqual' });
build('not options', 'x');
build('array options', []);

const e = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(Object.getOwnPropertyNames(e).filter((k) => k !== 'stack').join(','));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(e, 'name')));
console.log(e.name, e.code, String(e), e instanceof Error, Object.prototype.toString.call(e));
console.log(e.stack.split('\n    at ')[0]);
e.name = 'X';
e.code = 'Y';
console.log(e.toString());
console.log(AssertionError.name, AssertionError.length, Object.getPrototypeOf(AssertionError) === Error);
console.log(Object.getOwnPropertyNames(AssertionError.prototype).join(','));
console.log(typeof AssertionError.prototype[Symbol.for('nodejs.util.inspect.custom')]);
const withStart = (function outer() {
  return new AssertionError({ message: 'hi', stackStartFn: outer });
})();
console.log(withStart.stack.split('\n')[0], withStart.stack.includes('outer'));
