// The shape of the module: keys in order, function names and lengths, and
// assert being assert.ok itself.
const assert = require('assert');

console.log(Object.keys(assert).join(','));
console.log(assert === assert.ok, assert.name, assert.length, typeof assert);
for (const key of Object.keys(assert)) {
  const v = assert[key];
  const d = Object.getOwnPropertyDescriptor(assert, key);
  console.log(key, typeof v, v.name, v.length, d.enumerable, d.writable, d.configurable);
}
console.log(Object.prototype.toString.call(assert.rejects),
            Object.prototype.toString.call(assert.doesNotReject));
console.log(Object.getOwnPropertyNames(assert.Assert.prototype).join(','));
