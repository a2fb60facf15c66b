// util.inspect.defaultOptions: reading, setting and validation.
const util = require('util');
console.log(util.inspect.defaultOptions);
const saved = { ...util.inspect.defaultOptions };
util.inspect.defaultOptions = { depth: 0, breakLength: 20 };
console.log(util.inspect({ a: { b: 1 }, c: 'xxxxxxxxxxxxxxxxxxxx' }));
console.log({ a: { b: 1 } });
console.log(util.format('%O', { a: { b: 1 } }));
util.inspect.defaultOptions = saved;
console.log(util.inspect({ a: { b: 1 } }));
for (const bad of [null, 'x', 5]) {
  try {
    util.inspect.defaultOptions = bad;
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
util.inspect.defaultOptions.compact = false;
console.log({ a: 1 });
