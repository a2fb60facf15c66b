process.on('uncaughtException', (e) => console.log('uncaught:', e.message));
queueMicrotask(() => { throw new Error('in microtask'); });
queueMicrotask(() => console.log('next microtask still runs'));
try {
  queueMicrotask('nope');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
