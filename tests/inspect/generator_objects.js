// Generator objects, built-in iterators and bound functions.
const util = require('util');
function* gen() { yield 1; }
async function* agen() { yield 1; }
const g = gen();
console.log(util.inspect(g), util.inspect(agen()));
g.next();
console.log(util.inspect(g));
console.log(util.inspect([1, 2].values()), util.inspect('ab'[Symbol.iterator]()));
console.log(util.inspect('a1b2'.matchAll(/\d/g)));
console.log(util.inspect([1, 2].entries(), { showHidden: true }));
function target(a, b) { return a + b; }
const bound = target.bind(null, 1);
console.log(util.inspect(bound), bound.name, bound.length);
console.log(util.inspect(bound.bind(null)), util.inspect((() => {}).bind(null)));
console.log(util.inspect({ gen, agen, g }));
console.log(util.inspect(Object.getPrototypeOf(gen)), util.inspect(Object.getPrototypeOf(g)));
console.log(util.inspect(gen.prototype), util.inspect(Object.getPrototypeOf(function* () {}).constructor));
