// showHidden reveals non-enumerable properties.
const util = require('util');
const o = { visible: 1 };
Object.defineProperty(o, 'secret', { value: 's', enumerable: false });
console.log(util.inspect(o, { showHidden: true }));
console.log(util.inspect(o, true));
console.log(util.inspect([1, 'a'], { showHidden: true }));
console.log(util.inspect(new Map([[1, 2]]), { showHidden: true }));
console.log(util.inspect(new Uint8Array(2), { showHidden: true }));
console.log(util.inspect(new DataView(new ArrayBuffer(1)), { showHidden: true }));
const key1 = { k: 1 };
console.log(util.inspect(new WeakSet([key1]), { showHidden: true }));
console.log(util.inspect(new WeakMap([[key1, 'v']]), { showHidden: true }));
class Hid { constructor() { Object.defineProperty(this, 'h', { value: 1 }); } }
console.log(util.inspect(new Hid(), { showHidden: true }));
