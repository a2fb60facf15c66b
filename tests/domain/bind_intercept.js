// domain.bind() runs a function inside the domain; domain.intercept() also
// turns a callback's error argument into a domain 'error' event.
const domain = require('domain');

const d = domain.create();
d.on('error', (err) => {
  console.log('domain error:', err.message, 'domainThrown:', err.domainThrown,
              'domainBound is cb:', err.domainBound === handler, 'domain:', err.domain === d);
});
function work(a, b) {
  console.log('bound call:', a, b, process.domain === d, this.tag);
  return a * b;
}
const bound = d.bind(work);
console.log(bound.name, bound.length, bound.domain === d, Object.keys(bound).length);
console.log('returned', bound.call({ tag: 'T' }, 6, 7), process.domain);

function handler(a, b) {
  console.log('intercepted args:', a, b, process.domain === d);
  return 'handler result';
}
const intercepted = d.intercept(handler);
console.log(intercepted(null, 'x', 'y'));
console.log(intercepted(new Error('callback error')));
const err = new Error('another');
intercepted(err);
console.log(Object.keys(err).join(','));
