process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
process.on('rejectionHandled', (p) => console.log('rejectionHandled', p instanceof Promise));
const p = Promise.reject(new Error('late'));
Promise.reject(42);
setTimeout(() => {
  p.catch(() => console.log('handled late'));
}, 5);
