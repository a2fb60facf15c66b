// console.assert writes to stderr only when the assertion fails.
console.assert(true, 'not printed');
console.assert(false);
console.assert(false, 'message');
console.assert(0, 'with %s and %d', 'format', 7);
console.assert(null, { obj: 1 }, 'more');
console.assert('', 42);
console.log('done');
