// console.dir ignores custom inspect functions and accepts options.
const obj = { a: { b: { c: { d: 1 } } }, [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } };
console.log(obj);
console.dir(obj);
console.dir(obj, { depth: 0 });
console.dir(obj, { depth: null, customInspect: true });
console.dir({ list: Array.from({ length: 5 }, (_, i) => i) }, { compact: false });
console.dir('a string');
console.dir(42);
