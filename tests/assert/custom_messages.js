// A message argument replaces the generated text (strictEqual,
// deepStrictEqual and partialDeepStrictEqual keep the diff below it); an
// Error is thrown as it is; other values are turned into strings.
const assert = require('assert');

function report(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, '|', e.name, '|', JSON.stringify(e.message), '|', e.generatedMessage);
  }
}

const err = new RangeError('thrown as is');
const calls = [
  ['strictEqual', 1, 2],
  ['strictEqual', 'aaaaaaaaaaaaa', 'b'],
  ['strictEqual', [1], [1]],
  ['deepStrictEqual', { a: 1 }, { a: 2 }],
  ['deepStrictEqual', 1, 2],
  ['partialDeepStrictEqual', { a: 1 }, { a: 2 }],
  ['notStrictEqual', 1, 1],
  ['notDeepStrictEqual', 1, 1],
  ['equal', 1, 2],
  ['notEqual', 1, 1],
  ['deepEqual', 1, 2],
  ['notDeepEqual', 1, 1],
];
for (const [method, a, b] of calls) {
  report(`${method} string`, () => assert[method](a, b, 'custom %s'));
  report(`${method} error`, () => assert[method](a, b, err));
  report(`${method} number`, () => assert[method](a, b, 5));
  report(`${method} function`, () => assert[method](a, b, () => 'from fn'));
  report(`${method} extra args`, () => assert[method](a, b, 'custom %s', 'x'));
}
report('ok string', () => assert.ok(false, 'custom'));
report('ok error', () => assert.ok(false, err));
report('ok object', () => assert.ok(false, { toString() { return 'obj'; } }));
