// A throwing 'error' listener of the outermost domain is fatal: exit code 7.
const domain = require('domain');

process.on('exit', (code) => console.log('exit event', code));
const d = domain.create();
d.on('error', (err) => {
  console.log('handler got:', err.message);
  throw new Error('handler failed');
});
d.run(() => {
  setImmediate(() => {
    throw new Error('first error');
  });
});
