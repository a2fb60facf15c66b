// node:test from an ES module: the default export is test(), named exports
// match, and failures set the exit code.
import './_normalize.js';
import test, { describe, it, mock, suite } from 'node:test';
import * as ns from 'node:test';

console.log(typeof test, test === ns.default, test === ns.test, it === test, suite === describe);
console.log(Object.keys(ns).sort().join(','));
const f = mock.fn((x) => x * 2);
describe('esm suite', () => {
  it('uses a mock', () => {
    if (f(21) !== 42 || f.mock.callCount() !== 1) throw new Error('mock broken');
  });
  it('fails', () => {
    throw new RangeError('from an ES module');
  });
});
