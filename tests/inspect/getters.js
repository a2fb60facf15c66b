// Accessor properties: [Getter], [Setter], [Getter/Setter] and getters option.
const util = require('util');
const obj = {
  get a() { return 1; },
  set b(v) {},
  get c() { return { nested: true }; },
  set c(v) {},
  get n() { return null; },
  get s() { return 'str'; },
};
console.log(util.inspect(obj));
console.log(util.inspect(obj, { getters: true }));
console.log(util.inspect(obj, { getters: 'get' }));
console.log(util.inspect(obj, { getters: 'set' }));
console.log(util.inspect({ get bad() { throw 5; } }, { getters: true }));
console.log(util.inspect({ x: { get bad() { throw 'oops'; } } }, { getters: true }));
class C { get g() { return 'proto getter'; } }
const c = new C();
Object.defineProperty(c, 'own', { get() { return 2; }, enumerable: true });
console.log(util.inspect(c), util.inspect(c, { getters: true }));
