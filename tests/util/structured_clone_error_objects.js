'use strict';
// structuredClone of Error objects: constructor by name, kept and dropped properties.
function info(c) {
  return JSON.stringify([c.constructor.name, c.name, c.message, Object.getOwnPropertyNames(c).filter((k) => k !== 'stack'), 'cause' in c ? c.cause : '<none>']);
}
const e = new RangeError('boom', { cause: { deep: [1] } });
e.extra = 1;
const c = structuredClone(e);
console.log(info(c), c instanceof RangeError, c.stack === e.stack, c.cause !== e.cause);
const renamed = new Error('x');
renamed.name = 'TypeError';
console.log(info(structuredClone(renamed)));
const custom = new Error('x');
custom.name = 'Foo';
console.log(info(structuredClone(custom)));
class MyErr extends Error {}
console.log(info(structuredClone(new MyErr('q'))));
console.log(info(structuredClone(new AggregateError([1], 'agg'))));
console.log(info(structuredClone(new Error())));
for (const C of [EvalError, ReferenceError, SyntaxError, URIError, TypeError]) console.log(info(structuredClone(new C('m'))));
const stackless = new Error('m');
stackless.stack = 'custom stack';
console.log(structuredClone(stackless).stack);
const odd = new Error();
odd.message = { toString() { return 'converted'; } };
console.log(structuredClone(odd).message);
const getterName = new Error('g');
Object.defineProperty(getterName, 'name', { get() { return 'RangeError'; } });
console.log(info(structuredClone(getterName)));
