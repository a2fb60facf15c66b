// Failing assert.ok() calls spread over several lines: Node quotes the
// first line of the call.
const assert = require('assert');

function show(fn) {
  try {
    fn();
  } catch (e) {
    console.log(JSON.stringify(e.message));
  }
}
const arr = [1, 2, 3];
const value = 0;

show(() => assert.ok(arr.every((x) => {
  return x > 5;
})));
show(() => assert(
  value,
));
show(() => assert(value,
                  undefined));
show(() => assert.ok(arr
  .map((x) => x * 2)
  .includes(5)));
show(() => assert.ok(
  arr.length === 4 &&
  arr[0] === 1,
));
show(() => {
  assert.strictEqual(1, 1);
  assert.ok(arr.some(function check(x) {
    return x > 10;
  }));
});
show(() => assert.ok([
  1, 2,
].includes(value)));
show(() => assert
  .ok(value));
