// assert.ifError: null and undefined pass; anything else is reported, and
// the new error's stack continues with the original error's frames.
const assert = require('assert');

function report(label, value) {
  try {
    assert.ifError(value);
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, '|', e.name, e.code, '|', JSON.stringify(e.message), '|',
                e.generatedMessage, e.operator, e.actual === value, e.expected);
  }
}

report('null', null);
report('undefined', undefined);
report('0', 0);
report('false', false);
report('empty string', '');
report('string', 'str');
report('error', new Error('foo'));
report('empty error', new Error(''));
report('empty type error', new TypeError(''));
report('object with message', { message: 'obj' });
report('object with number message', { message: 5 });
report('null prototype', Object.create(null));
report('array', [1]);
const noCtor = new Error('');
noCtor.constructor = null;
report('no constructor', noCtor);

function makeOriginal() {
  return new Error('original');
}
const original = makeOriginal();
try {
  assert.ifError(original);
} catch (e) {
  const lines = e.stack.split('\n');
  console.log(lines[0]);
  console.log('keeps original frame', lines.some((l) => l.includes('makeOriginal')));
}
try {
  assert.ifError({ message: 'x', stack: 'custom stack without frames' });
} catch (e) {
  console.log(e.stack.split('\n')[0]);
}
