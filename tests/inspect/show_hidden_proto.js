// showHidden on class instances: non-enumerable own properties and the
// non-method members of user-defined prototypes are listed too.
const util = require('util');
class Base {
  constructor() { this.own = 1; Object.defineProperty(this, 'hiddenOwn', { value: 'h' }); }
  get baseGetter() { return 'bg'; }
  method() {}
}
Base.prototype.protoData = 'pd';
class Derived extends Base {
  get derivedGetter() { return 'dg'; }
  set onlySetter(v) {}
}
console.log(util.inspect(new Base(), { showHidden: true }));
console.log(util.inspect(new Derived(), { showHidden: true }));
console.log(util.inspect(new Derived(), { showHidden: true, getters: true }));
console.log(util.inspect({ nested: new Derived() }, { showHidden: true, depth: 0 }));
console.log(util.inspect(new Derived()));
class Empty {}
console.log(util.inspect(new Empty(), { showHidden: true }));
function Legacy() { this.x = 1; }
Legacy.prototype.shared = [1, 2];
console.log(util.inspect(new Legacy(), { showHidden: true }));
console.log(util.inspect(Object.create(new Derived()), { showHidden: true }));
