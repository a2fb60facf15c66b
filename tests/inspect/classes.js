// Class instances, inheritance, anonymous classes, null prototypes.
const util = require('util');
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Point3D extends Point { constructor(x, y, z) { super(x, y); this.z = z; } }
class Empty {}
console.log(util.inspect(new Point(1, 2)), util.inspect(new Point3D(1, 2, 3)), util.inspect(new Empty()));
console.log(util.inspect(new (class {})()));
console.log(util.inspect(Object.create(null)));
console.log(util.inspect(Object.assign(Object.create(null), { a: 1 })));
console.log(util.inspect(Object.create(Point.prototype)));
console.log(util.inspect(Object.create({ inherited: 1 })));
console.log(util.inspect(Object.create(Object.create(null))));
function OldStyle(v) { this.v = v; }
console.log(util.inspect(new OldStyle(5)));
const proto = { constructor: 'not a function' };
console.log(util.inspect(Object.create(proto)));
console.log(util.inspect({ constructor: 'x' }), util.inspect({ constructor: function Fake() {} }));
class WithGetter { get computed() { return 42; } method() {} }
console.log(util.inspect(new WithGetter()));
console.log(util.inspect([new Point(0, 0), new Point(1, 1)]));
