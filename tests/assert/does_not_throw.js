// assert.doesNotThrow: errors that match (or any, with no expectation) become
// "Got unwanted exception"; others are rethrown as they are.
const assert = require('assert');

function report(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, '|', e.name, e.code, '|', JSON.stringify(e.message), '|',
                e.generatedMessage, e.operator, e.actual instanceof Error,
                typeof e.expected === "function" ? e.expected.name : e.expected);
  }
}

const boom = () => { throw new TypeError('boom'); };
report('no throw', () => assert.doesNotThrow(() => {}));
report('no throw with class', () => assert.doesNotThrow(() => {}, TypeError));
report('any', () => assert.doesNotThrow(boom));
report('matching class', () => assert.doesNotThrow(boom, TypeError));
report('other class rethrown', () => assert.doesNotThrow(boom, RangeError));
report('string message', () => assert.doesNotThrow(boom, 'custom'));
report('regexp and message', () => assert.doesNotThrow(boom, /boom/, 'custom'));
report('regexp no match rethrown', () => assert.doesNotThrow(boom, /bam/));
report('thrown string', () => assert.doesNotThrow(() => { throw 'str'; }));
report('validate true', () => assert.doesNotThrow(boom, () => true));
report('validate false rethrown', () => assert.doesNotThrow(boom, () => false));
report('error instance expected rethrown', () => assert.doesNotThrow(boom, Error));
console.log(assert.doesNotThrow(() => 42), 'returns undefined');
