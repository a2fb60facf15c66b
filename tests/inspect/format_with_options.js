// util.formatWithOptions and its validation.
const util = require('util');
console.log(JSON.stringify(util.formatWithOptions({ colors: true }, '%o %O %s %d', { a: 1 }, [1], { b: 2 }, 3)));
console.log(util.formatWithOptions({ compact: false }, { a: 1 }));
console.log(util.formatWithOptions({ depth: 0 }, '%s %O', { a: { b: 1 } }, { a: { b: 1 } }));
console.log(util.formatWithOptions({ breakLength: 10 }, 'x', { alpha: 1, beta: 2 }));
console.log(util.formatWithOptions([], 'array options ok'));
for (const bad of [null, 'x', 1, undefined]) {
  try {
    util.formatWithOptions(bad, 'a');
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
