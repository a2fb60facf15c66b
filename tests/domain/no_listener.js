// A domain without an 'error' listener does not catch: the error reaches
// process 'uncaughtException' with the domain stack cleared. With domain
// loaded, setUncaughtExceptionCaptureCallback() is refused.
const domain = require('domain');

try {
  process.setUncaughtExceptionCaptureCallback(() => {});
} catch (e) {
  console.log(e.code, e.message);
}
console.log(process.hasUncaughtExceptionCaptureCallback());
const d = domain.create();
process.on('uncaughtException', (err) => {
  console.log('process got:', err.message, 'process.domain is d:', process.domain === d, domain._stack.length);
});
d.run(() => {
  setTimeout(() => {
    throw new Error('nobody in the domain listens');
  }, 1);
});
const withListener = domain.create();
withListener.on('error', () => {});
withListener.enter();
console.log('with a listening domain entered:', process.hasUncaughtExceptionCaptureCallback());
withListener.exit();
console.log('after exit:', process.hasUncaughtExceptionCaptureCallback());
