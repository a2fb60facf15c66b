// Strict assertion mode: require('assert/strict') and assert.strict, where
// equal is strictEqual, deepEqual is deepStrictEqual and so on.
const assert = require('assert');
const strict = require('assert/strict');
const strict2 = require('node:assert/strict');

console.log(strict === assert.strict, strict2 === strict, strict.strict === strict);
console.log(strict.ok === assert, strict.ok === assert.ok, strict !== assert);
console.log(strict.equal === assert.strictEqual, strict.notEqual === assert.notStrictEqual,
            strict.deepEqual === assert.deepStrictEqual,
            strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(strict.name, strict.length, Object.keys(strict).join(','));
console.log(require('node:assert') === assert);

function report(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, '|', JSON.stringify(e.message), '|', e.operator);
  }
}
report('equal', () => strict.equal(1, '1'));
report('notEqual', () => strict.notEqual(1, 1));
report('deepEqual', () => strict.deepEqual([1], ['1']));
report('notDeepEqual', () => strict.notDeepEqual([1], [1]));
report('callable', () => strict(0));
report('ok', () => strict.ok(0));
report('loose equal still loose', () => assert.equal(1, '1'));
