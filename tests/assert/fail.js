// assert.fail: message forms, the Error pass-through and the deprecated
// multi-argument form with its one-time DEP0094 warning.
const assert = require('assert');

process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));

function report(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, '|', e.name, e.code, '|', JSON.stringify(e.message), '|',
                e.generatedMessage, e.operator, e.actual, e.expected);
  }
}

report('no args', () => assert.fail());
report('message', () => assert.fail('boom'));
report('null', () => assert.fail(null));
report('undefined', () => assert.fail(undefined));
report('object', () => assert.fail({ a: 1 }));
report('error', () => assert.fail(new TypeError('typed')));
report('two args', () => assert.fail(1, 2));
report('operator', () => assert.fail(1, 2, undefined, '>'));
report('three args', () => assert.fail(1, 2, 'msg'));
report('four args', () => assert.fail(1, 2, 'msg', '>'));
report('error message', () => assert.fail(1, 2, new RangeError('r')));
report('strictEqual operator', () => assert.fail('a', 'b', undefined, 'strictEqual'));
report('deepStrictEqual operator', () => assert.fail({ a: 1 }, { a: 2 }, undefined, 'deepStrictEqual'));
report('two undefined', () => assert.fail(undefined, undefined));
console.log('fail.length', assert.fail.length);
