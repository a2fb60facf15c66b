process.nextTick((a, b, c) => console.log('args', a, b, c), 1, 'two', [3]);
try {
  process.nextTick(42);
} catch (e) {
  console.log(e.name, e.code);
  console.log(e.message);
}
