// Adding and removing listeners while an event is being dispatched.
'use strict';

const et = new EventTarget();
const g2 = () => console.log('g2');
let added = 0;
et.addEventListener('r', () => {
  console.log('g1');
  et.removeEventListener('r', g2);
  const n = ++added;
  et.addEventListener('r', () => console.log('added', n));
});
et.addEventListener('r', g2);
console.log('-- first');
et.dispatchEvent(new Event('r'));
console.log('-- second');
et.dispatchEvent(new Event('r'));
console.log('-- third');
et.dispatchEvent(new Event('r'));

// A listener removing itself and a later one.
const t = new EventTarget();
function self() { console.log('self'); t.removeEventListener('s', self); t.removeEventListener('s', last); }
function middle() { console.log('middle'); }
function last() { console.log('last'); }
t.addEventListener('s', self);
t.addEventListener('s', middle);
t.addEventListener('s', last);
t.dispatchEvent(new Event('s'));
t.dispatchEvent(new Event('s'));

// once listeners re-adding themselves.
const o = new EventTarget();
function again(e) {
  console.log('again', e.type);
  o.addEventListener('o', again, { once: true });
}
o.addEventListener('o', again, { once: true });
o.dispatchEvent(new Event('o'));
o.dispatchEvent(new Event('o'));
