// maxArrayLength truncation for arrays, typed arrays, maps and sets.
const util = require('util');
const big = Array.from({ length: 120 }, (_, i) => i);
console.log(util.inspect(big));
console.log(util.inspect(Array.from({ length: 101 }, (_, i) => i)));
console.log(util.inspect(big, { maxArrayLength: 3 }));
console.log(util.inspect(big, { maxArrayLength: 0 }));
console.log(util.inspect([1, 2], { maxArrayLength: 1 }));
console.log(util.inspect(new Uint8Array(150)));
console.log(util.inspect(new Set(big), { maxArrayLength: 5 }));
console.log(util.inspect(new Map(big.map((i) => [i, String(i)])), { maxArrayLength: 2 }));
console.log(util.inspect(big, { maxArrayLength: null }).split('\n').length);
console.log(util.inspect(new ArrayBuffer(60)));
console.log(util.inspect(new ArrayBuffer(10), { maxArrayLength: 4 }));
