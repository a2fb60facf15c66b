// util.inspect of an AssertionError: long string values are cut (the message
// already shows them) and nested values stay one level deep.
const assert = require('assert');
const util = require('util');

function withoutFrames(s) {
  return s.split('\n').filter((l) => !l.trimStart().startsWith('at ')).join('\n');
}
function show(fn) {
  try {
    fn();
  } catch (e) {
    console.log(withoutFrames(util.inspect(e)));
  }
}

show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual('x'.repeat(600), 'y'.repeat(600)));
show(() => assert.strictEqual('a\n'.repeat(20), 'b'));
show(() => assert.deepStrictEqual([['nested', { deep: 1 }]], []));
show(() => assert.ok(''));
const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
e.extra = { a: { b: 1 } };
console.log(withoutFrames(util.inspect(e)));
console.log(withoutFrames(util.inspect({ e }, { depth: 0 })));
console.log(withoutFrames(util.format('%s', e)));
console.log('actual kept', e.actual);
