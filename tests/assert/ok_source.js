// A failing assert.ok() without a message quotes the call from the source
// line: member chains, aliases, nested calls, multi-line calls (first line
// only), comments and strings holding parentheses.
const assert = require('assert');
const { ok } = assert;
const a = assert;
const holder = { inner: { assert } };
const list = [assert];

function message(fn) {
  try {
    fn();
    return 'passed';
  } catch (e) {
    return JSON.stringify(e.message) + (e.generatedMessage ? ' (generated)' : '');
  }
}

console.log(message(() => assert.ok(0)));
console.log(message(() => ok(null)));
console.log(message(() => a(NaN)));
console.log(message(() => assert(1 === 2, undefined)));
console.log(message(() => assert.strict.ok(typeof 1 === 'string')));
console.log(message(() => holder.inner.assert(''))); 
console.log(message(() => holder['inner'].assert.ok(0)));
console.log(message(() => list[0](false)));
console.log(message(() => assert['ok'](0n)));
console.log(message(() => assert.ok ( false )));
console.log(message(() => assert.ok(')' === '(')));
console.log(message(() => assert.ok("a(b" === `c)d`)));
console.log(message(() => assert.ok(/\)/.test('a'))));
console.log(message(() => assert.ok(/* ( */ 0) /* ) */));
console.log(message(() => assert.ok([1, 2].includes(3))));
console.log(message(() => assert.ok(Math.max(1, 2) > 5)));
console.log(message(() => assert.ok(`${1 + 1}` === '3')));
console.log(message(() => assert.ok({ a: 1 }.b)));
console.log(message(() => assert.ok.call(null, false)));
console.log(message(() => assert.ok.apply(null, [false])));
console.log(message(() => Reflect.apply(assert, null, [0])));
console.log(message(() => { if (true) assert.ok(''); }));
console.log(message(() => { assert.ok(1); assert.ok(0); }));
console.log(message(() => assert(
  1 === 2
)));
console.log(message(() => assert.ok(typeof 123 === 'string',
  undefined)));
console.log(message(() => {
  assert(
    [1, 2].length ===
      3,
  );
}));
console.log(message(() => assert.ok(false) || 1));
function named() { assert.ok(false); }
console.log(message(named));
(async function asyncFn() {
  await null;
  assert.ok(null);
})().catch((e) => console.log('async', JSON.stringify(e.message)));
