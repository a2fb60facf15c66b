// assert.match / assert.doesNotMatch.
const assert = require('assert');

function report(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, '|', e.name, e.code, '|', JSON.stringify(e.message), '|',
                e.generatedMessage, e.operator, e.actual, e.expected);
  }
}

report('match', () => assert.match('abc', /b/));
report('no match', () => assert.match('abc', /x/));
report('no match flags', () => assert.match('abc', /X/gi));
report('custom', () => assert.match('abc', /x/, 'custom'));
report('error message', () => assert.match('abc', /x/, new TypeError('te')));
report('null input', () => assert.match(null, /x/));
report('object input', () => assert.match({}, /x/));
report('number input', () => assert.match(5, /x/));
report('long input', () => assert.match('x'.repeat(300), /y/));
report('multiline input', () => assert.match('a\nb', /c/));
report('doesNotMatch', () => assert.doesNotMatch('abc', /x/));
report('doesNotMatch fails', () => assert.doesNotMatch('abc', /b/));
report('doesNotMatch custom', () => assert.doesNotMatch('abc', /b/, 'nope'));
report('doesNotMatch number', () => assert.doesNotMatch(5, /x/));
const sticky = /a/g;
report('global regexp 1', () => assert.match('a', sticky));
report('global regexp 2', () => assert.match('a', sticky));
