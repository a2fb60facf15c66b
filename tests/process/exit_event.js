process.on('exit', function (code) {
  console.log('exit', code, this === process);
  setTimeout(() => console.log('never'), 0);
  process.nextTick(() => console.log('never tick'));
});
process.on('beforeExit', () => console.log('beforeExit'));
console.log('main');
