// assert() / assert.ok(): truthy values pass; failures carry the value,
// `expected: true`, operator '==' and the right message.
const assert = require('assert');

function report(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, JSON.stringify(e.message), {
      name: e.name, code: e.code, generatedMessage: e.generatedMessage,
      operator: e.operator, actual: e.actual, expected: e.expected,
      isAssertionError: e instanceof assert.AssertionError,
    });
  }
}

for (const v of [1, 'x', {}, [], () => {}, Symbol('s'), 1n, -1, Infinity]) {
  report(`truthy ${typeof v}`, () => { assert(v); assert.ok(v); });
}
report('no args assert', () => assert());
report('no args ok', () => assert.ok());
report('explicit undefined', () => assert.ok(undefined));
report('custom message', () => assert.ok(false, 'it broke'));
report('empty message', () => assert(0, ''));
report('number message', () => assert.ok(null, 42));
report('error message', () => assert(false, new RangeError('range!')));
report('forEach index message', () => [1, 0].forEach(assert));
report('NaN', () => assert.ok(NaN));
report('empty string', () => assert(''));
report('0n', () => assert.ok(0n));
report('strict ok', () => assert.strict.ok(null));
report('strict itself', () => assert.strict(false));
