// An error thrown synchronously inside run() reaches the domain's 'error'
// listener (tagged with domain and domainThrown); the rest of the program
// after the throwing call does not run, but queued work does.
const domain = require('domain');

const d = domain.create();
d.on('error', (err) => {
  console.log('domain caught:', err.message);
  console.log('err.domain is d:', err.domain === d, 'domainThrown:', err.domainThrown);
  console.log('keys:', Object.keys(err).join(','));
  console.log('stack cleared:', domain._stack.length, process.domain);
});
setTimeout(() => console.log('timer still runs, process.domain:', process.domain), 1);
d.run(() => {
  console.log('about to throw');
  throw new Error('thrown in run');
});
console.log('not reached');
