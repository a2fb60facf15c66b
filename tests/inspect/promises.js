// Promise states via the engine's promise introspection.
const util = require('util');
console.log(util.inspect(Promise.resolve(42)));
console.log(util.inspect(Promise.resolve({ a: [1, 2] })));
console.log(util.inspect(new Promise(() => {})));
const rejected = Promise.reject(7);
rejected.catch(() => {});
console.log(util.inspect(rejected));
const err = new RangeError('bad');
err.stack = 'RangeError: bad\n    at somewhere (file.js:1:1)';
const rejectedErr = Promise.reject(err);
rejectedErr.catch(() => {});
console.log(util.inspect(rejectedErr));
console.log(util.inspect(Object.assign(Promise.resolve('x'), { extra: 1 })));
console.log(util.inspect({ p: Promise.resolve(Promise.resolve(1)) }));
console.log(util.inspect(Promise.resolve(undefined)));
class MyPromise extends Promise {}
console.log(util.inspect(MyPromise.resolve(1)));
(async () => {
  const p = (async () => 5)();
  await p;
  console.log(util.inspect(p));
})();
