// Holes in arrays print as <N empty items>.
const util = require('util');
console.log(util.inspect([, 1, , 2, , ]));
console.log(util.inspect(new Array(5)));
console.log(util.inspect(new Array(1)));
const a = [];
a[5] = 'five';
a[100] = 'hundred';
a.length = 200;
console.log(util.inspect(a));
console.log(util.inspect(a, { maxArrayLength: 2 }));
const b = new Array(3);
b.prop = true;
console.log(util.inspect(b));
console.log(util.inspect([1, , 3], { maxArrayLength: 1 }));
const c = [1, 2, 3];
delete c[1];
console.log(util.inspect(c));
