// EventEmitters and domains: emitters created inside run() or add()ed belong
// to the domain, their unhandled 'error' events go to it, listeners run inside
// it; remove() detaches; members lists explicit additions.
const domain = require('domain');
const EventEmitter = require('events');

const d = domain.create();
d.on('error', (err) => {
  console.log('domain error:', err.message, 'from emitter:', err.domainEmitter !== undefined,
              'domainThrown:', err.domainThrown, 'keys:', Object.keys(err).join(','));
});
const plain = new EventEmitter();
console.log('plain emitter domain:', plain.domain, Object.keys(plain).includes('domain'));

let implicit;
d.run(() => {
  implicit = new EventEmitter();
});
console.log('implicit:', implicit.domain === d, d.members.length);
implicit.emit('error', new Error('implicit emitter error'));

const explicit = new EventEmitter();
d.add(explicit);
d.add(explicit);
console.log('explicit:', explicit.domain === d, d.members.length);
explicit.on('data', () => console.log('listener inside d:', process.domain === d));
explicit.emit('data');
console.log('after emit:', process.domain);
explicit.emit('error', new Error('explicit emitter error'));
explicit.emit('error');

const handled = new EventEmitter();
d.add(handled);
handled.on('error', (err) => console.log('own listener wins:', err.message));
handled.emit('error', new Error('handled locally'));

d.remove(explicit);
console.log('removed:', explicit.domain, d.members.length);
try {
  explicit.emit('error', new Error('no domain any more'));
} catch (e) {
  console.log('thrown again:', e.message);
}

const other = domain.create();
other.add(handled);
console.log('moved:', handled.domain === other, d.members.length, other.members.length);
