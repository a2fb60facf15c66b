// once, capture, passive and signal listener options; duplicate detection.
'use strict';

const et = new EventTarget();
const log = (label) => (e) => console.log(label, e.type);
const f = log('f');

et.addEventListener('a', f);
et.addEventListener('a', f); // duplicate ignored
et.addEventListener('a', f, true); // capture differs: added
et.addEventListener('a', f, { capture: true }); // duplicate of the capture one
et.dispatchEvent(new Event('a'));
console.log('-- removeEventListener(a, f, true)');
// Only an options object selects the capture listener; `true` removes the
// non-capture one.
et.removeEventListener('a', f, true);
et.dispatchEvent(new Event('a'));
console.log('-- removeEventListener(a, f, {capture: true})');
et.removeEventListener('a', f, { capture: true });
console.log(et.dispatchEvent(new Event('a')));

// once
et.addEventListener('b', log('once'), { once: true });
et.dispatchEvent(new Event('b'));
et.dispatchEvent(new Event('b'));

// passive: preventDefault is ignored inside passive listeners
et.addEventListener('p', (e) => {
  e.preventDefault();
  console.log('passive sees', e.defaultPrevented);
}, { passive: true });
et.addEventListener('p', (e) => console.log('next sees', e.defaultPrevented));
console.log('dispatch', et.dispatchEvent(new Event('p', { cancelable: true })));

// signal
const ac = new AbortController();
et.addEventListener('s', log('signal listener'), { signal: ac.signal });
et.dispatchEvent(new Event('s'));
ac.abort();
et.dispatchEvent(new Event('s'));
et.addEventListener('s', log('added with aborted signal'), { signal: ac.signal });
et.dispatchEvent(new Event('s'));

// options given as null or with extra keys
et.addEventListener('n', log('null options'), null);
et.addEventListener('n', log('array options'), []);
et.dispatchEvent(new Event('n'));

// once + signal together
const ac2 = new AbortController();
et.addEventListener('o', log('once+signal'), { once: true, signal: ac2.signal });
et.dispatchEvent(new Event('o'));
ac2.abort();
et.dispatchEvent(new Event('o'));
