// Bad arguments are TypeErrors with Node's codes, not AssertionErrors.
const assert = require('assert');

function report(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, '|', e.name, e.code, '|', e.message);
  }
}

const thrower = () => { throw new Error('Wrong value'); };
report('throws no fn', () => assert.throws());
report('throws string fn', () => assert.throws('not fn'));
report('throws number error', () => assert.throws(thrower, 5));
report('throws boolean error', () => assert.throws(thrower, true));
report('throws symbol error', () => assert.throws(thrower, Symbol('s')));
report('throws string and message', () => assert.throws(thrower, 'msg', 'msg2'));
report('throws string and undefined', () => assert.throws(thrower, 'msg', undefined));
report('throws ambiguous message', () => assert.throws(thrower, 'Wrong value'));
report('throws ambiguous value', () => assert.throws(() => { throw 'abc'; }, 'abc'));
report('throws empty object', () => assert.throws(thrower, {}));
report('doesNotThrow no fn', () => assert.doesNotThrow(1));
report('doesNotThrow bad expected', () => assert.doesNotThrow(thrower, 5));
report('doesNotThrow bad expected object', () => assert.doesNotThrow(thrower, { message: 'x' }));
report('match non-regexp', () => assert.match('abc', 'b'));
report('doesNotMatch non-regexp', () => assert.doesNotMatch('abc', {}));
for (const m of ['equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'strictEqual', 'notStrictEqual',
                 'deepStrictEqual', 'notDeepStrictEqual', 'partialDeepStrictEqual']) {
  report(`${m}()`, () => assert[m]());
  report(`${m}(1)`, () => assert[m](1));
}
report('strictEqual(undefined, undefined)', () => assert.strictEqual(undefined, undefined));
report('AssertionError()', () => new assert.AssertionError());
report('AssertionError(1)', () => new assert.AssertionError(1));
report('AssertionError(null)', () => new assert.AssertionError(null));
report('Assert bad diff', () => new assert.Assert({ diff: 'x' }));
report('Assert without new', () => assert.Assert());
(async () => {
  for (const [label, fn] of [
    ['rejects number', () => assert.rejects(1)],
    ['rejects non-promise return', () => assert.rejects(() => 1)],
    ['doesNotReject string', () => assert.doesNotReject('x')],
    ['doesNotReject non-promise return', () => assert.doesNotReject(() => 5)],
  ]) {
    try {
      await fn();
      console.log(label, 'resolved');
    } catch (e) {
      console.log(label, '|', e.name, e.code, '|', e.message);
    }
  }
})();
