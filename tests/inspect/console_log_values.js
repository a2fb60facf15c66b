// console.log uses util.inspect for non-string arguments.
console.log({ a: 1, b: [1, 2, { c: new Map([['k', 'v']]) }] });
console.log('string', 42, true, null, undefined, 10n, Symbol('s'));
console.log([1, 2, 3], new Set(['x']));
console.log('%s has %d items', 'list', 3, ['extra']);
console.log(Array.from({ length: 30 }, (_, i) => i));
console.log({ fn() {}, arrow: () => {}, cls: class X {} });
console.log(-0, [-0], 0);
console.log(new Error('x').message);
