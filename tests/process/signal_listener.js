// A listener receives the signal instead of the default action; the unreferenced
// signal watch does not keep the process alive by itself.
process.on('SIGUSR2', (name, num) => {
  console.log('got', name, num);
  process.removeAllListeners('SIGUSR2');
});
process.on('SIGINT', () => console.log('never'));
process.removeAllListeners('SIGINT');
setTimeout(() => process.kill(process.pid, 'SIGUSR2'), 1);
setTimeout(() => console.log('after signal'), 20);
try {
  process.kill(process.pid, 'SIGNOPE');
} catch (e) {
  console.log(e.code, e.message);
}
