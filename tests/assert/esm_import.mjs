// The module seen from ES modules: default export, named exports and
// node:assert/strict.
import assert, { strictEqual, AssertionError, Assert, deepStrictEqual } from 'node:assert';
import strict from 'node:assert/strict';
import * as ns from 'assert/strict';

console.log(typeof assert, strict === assert.strict, ns.default === strict);
console.log(Object.keys(ns).sort().join(','));
try {
  strict.equal(1, '1');
} catch (e) {
  console.log(JSON.stringify(e.message), e instanceof AssertionError);
}
try {
  strictEqual(1, 2);
} catch (e) {
  console.log(JSON.stringify(e.message));
}
try {
  deepStrictEqual({ a: [1] }, { a: [2] });
} catch (e) {
  console.log(e.message);
}
try {
  assert(0);
} catch (e) {
  console.log(JSON.stringify(e.message));
}
try {
  strict.ok(typeof 1 === 'string');
} catch (e) {
  console.log(JSON.stringify(e.message));
}
console.log(typeof Assert, new Assert() instanceof Assert);
