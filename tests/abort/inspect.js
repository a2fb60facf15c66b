// util.inspect of AbortController and AbortSignal.
'use strict';
const util = require('util');

const ac = new AbortController();
console.log(ac);
console.log(ac.signal);
console.log(util.inspect(ac, { depth: 0 }), '|', util.inspect(ac, { depth: -1 }), '|', util.inspect(ac.signal, { depth: -1 }));
console.log(util.inspect({ nested: { ac } }, { depth: 1 }));
console.log(util.inspect([ac.signal]));
ac.abort();
console.log(ac, AbortSignal.abort('x'));
console.log(util.inspect(AbortSignal.any([])), util.inspect(AbortSignal.timeout(1000)));
console.log(Object.keys(ac), Reflect.ownKeys(ac));
class MyController extends AbortController {}
console.log(new MyController());
