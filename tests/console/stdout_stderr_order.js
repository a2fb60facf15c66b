// Interleaved stdout/stderr writes: each stream keeps its own order.
for (let i = 0; i < 3; i++) {
  console.log('out', i);
  console.error('err', i);
}
console.warn({ warning: [1, 2, 3] });
console.error(new Map([['k', 'v']]));
const e = new Error('printed error');
e.stack = 'Error: printed error\n    at fake (file.js:1:1)';
console.error(e);
console.error('%s: %o', 'obj', { a: [1] });
