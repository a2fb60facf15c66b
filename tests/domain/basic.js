// The domain module's shape, run()/enter()/exit() and the domain stack,
// process.domain and domain.active.
const domain = require('domain');
const EventEmitter = require('events');

console.log(Object.keys(domain).join(','));
console.log(Object.getOwnPropertyNames(domain.Domain.prototype).join(','));
console.log(process.domain, domain.active, domain._stack.length);
const d = domain.create();
console.log(d instanceof domain.Domain, d instanceof EventEmitter, domain.createDomain === domain.create);
console.log(Object.keys(d).join(','), Array.isArray(d.members), d.listenerCount('newListener'));

const result = d.run(function(a, b) {
  console.log('inside run:', process.domain === d, domain.active === d, domain._stack.length, this === d);
  return a + b;
}, 2, 3);
console.log('run returned', result, process.domain, domain._stack.length);

const d2 = domain.create();
d.enter();
d2.enter();
console.log(domain._stack.length, process.domain === d2);
d2.exit();
console.log(domain._stack.length, process.domain === d);
d.enter();
d2.enter();
console.log(domain._stack.length);
// Exiting a domain exits everything entered after it too.
d.exit();
console.log(domain._stack.length, process.domain === d);
d.exit();
console.log(domain._stack.length, process.domain, domain.active);
d.exit();
console.log('exit when not entered is a no-op', domain._stack.length);
