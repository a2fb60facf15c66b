// Long diffs: runs of unchanged lines keep five lines, then "..." and the
// line before the next change, and the header says lines were skipped.
const assert = require('assert');

function show(actual, expected) {
  try {
    assert.deepStrictEqual(actual, expected);
    console.log('passed');
  } catch (e) {
    console.log(JSON.stringify(e.message));
  }
}

const base = Array.from({ length: 30 }, (_, i) => i);
function change(at, v) {
  const copy = base.slice();
  for (let i = 0; i < at.length; i++) copy[at[i]] = v[i];
  return copy;
}
show(base, change([15], ['x']));
show(base, change([2, 27], ['x', 'y']));
show(base, change([5, 12], ['x', 'y']));
show(base, change([5, 11], ['x', 'y']));
show(base, change([5, 10], ['x', 'y']));
show(base, change([5, 13], ['x', 'y']));
show(base, change([5, 14], ['x', 'y']));
show(base, change([0], ['x']));
show(base, change([29], ['x']));
show(base, base.slice(0, 29));
show(base.slice(1), base);
show(new Array(200).fill(0), new Array(201).fill(0));
const big = Array.from({ length: 60 }, (_, i) => ({ id: i }));
assert.throws(() => assert.strictEqual(big, big.slice()), (e) => {
  console.log(JSON.stringify(e.message));
  return true;
});
