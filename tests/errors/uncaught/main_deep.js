// An uncaught error thrown from nested calls in the main module.
function r(n) { if (n === 0) throw new Error('deep'); r(n - 1); }
console.log('before');
r(3);
