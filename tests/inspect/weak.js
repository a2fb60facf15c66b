// WeakMap, WeakSet, WeakRef: contents are unknown.
const util = require('util');
const key = {};
console.log(util.inspect(new WeakMap([[key, 1]])));
console.log(util.inspect(new WeakSet([key])));
console.log(util.inspect({ wm: new WeakMap(), ws: new WeakSet() }));
console.log(util.inspect(new WeakRef(key)));
class MyWeak extends WeakMap {}
console.log(util.inspect(new MyWeak()));
