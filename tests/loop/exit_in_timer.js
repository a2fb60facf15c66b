process.on('exit', (code) => console.log('exit event', code, process.exitCode));
setTimeout(() => {
  console.log('before exit');
  process.exit(3);
  console.log('not printed');
}, 1);
setTimeout(() => console.log('not printed either'), 50);
