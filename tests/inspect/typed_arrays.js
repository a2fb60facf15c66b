// Typed arrays, ArrayBuffer, SharedArrayBuffer and DataView.
const util = require('util');
console.log(util.inspect(new Uint8Array([1, 2, 3])));
console.log(util.inspect(new Uint8Array(0)));
console.log(util.inspect(new Int16Array([-1, 300])));
console.log(util.inspect(new Float64Array([1.5, -0, NaN, Infinity])));
console.log(util.inspect(new Float32Array([0.1])));
console.log(util.inspect(new BigInt64Array([1n, -2n])), util.inspect(new BigUint64Array(1)));
console.log(util.inspect(new Uint8ClampedArray([300, -5])));
console.log(util.inspect(Object.assign(new Uint16Array(2), { tag: 'x' })));
console.log(util.inspect(new Uint8Array([1, 2]), { showHidden: true }));
console.log(util.inspect(new Uint32Array(Array.from({ length: 30 }, (_, i) => i * 1000))));
class MyBytes extends Uint8Array {}
console.log(util.inspect(new MyBytes(2)));
console.log(util.inspect(new ArrayBuffer(3)));
console.log(util.inspect(new Uint8Array([0xde, 0xad, 0xbe, 0xef]).buffer));
console.log(util.inspect(Object.assign(new ArrayBuffer(2), { x: 1 })));
console.log(util.inspect(new DataView(new ArrayBuffer(4), 1, 2)));
console.log(util.inspect(new SharedArrayBuffer(2)));
console.log(util.inspect({ view: new Uint8Array(new ArrayBuffer(8), 2, 3) }));
console.log(util.inspect(new Uint8Array([1, 2, 3]), { numericSeparator: true }));
console.log(util.inspect(new Float64Array([1234567.5]), { numericSeparator: true }));
