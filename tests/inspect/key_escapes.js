// Property keys and symbol descriptions: when they are quoted and how they
// are escaped.
const util = require('util');
console.log(util.inspect({ ünïcode: 1, café: 2, $: 3, _1: 4, '1a': 5, a1: 6, 'π': 7 }));
console.log(util.inspect({ 'tab\tkey': 1, 'nul\0key': 2, 'back\\slash': 3, "it's": 4, 'q"uote': 5 }));
console.log(util.inspect({ '\ud800': 'lone high', '\udc00x': 'lone low', '😀': 'pair' }));
console.log(util.inspect({ [Symbol('a\nb')]: 1, [Symbol("it's")]: 2, [Symbol('')]: 3, [Symbol.for('reg')]: 4 }));
console.log(util.inspect({ '-1': 'neg', '01': 'lead zero', 1.5: 'float', 4294967295: 'max', 1e21: 'exp' }));
console.log(util.inspect(Object.assign([1, 2], { '-1': 'neg', '1.5': 'x', key: 'k' })));
console.log(util.inspect({ 'a-b': { 'c d': { 'e.f': 1 } } }));
console.log(util.inspect({ 'emoji 😀 key': 1, 'x\u007fy': 2, 'c1\u0085': 3 }));
console.log(util.inspect(new Map([['k\ney', 'v\talue'], ["q'", '"q']])));
