// stopImmediatePropagation stops later listeners; stopPropagation does not.
'use strict';

const et = new EventTarget();
et.addEventListener('a', (e) => {
  console.log('a1');
  e.stopImmediatePropagation();
  console.log('cancelBubble', e.cancelBubble);
});
et.addEventListener('a', () => console.log('a2 (skipped)'));
et.dispatchEvent(new Event('a'));

et.addEventListener('b', (e) => { console.log('b1'); e.stopPropagation(); });
et.addEventListener('b', () => console.log('b2 runs'));
et.dispatchEvent(new Event('b'));

// An event stopped before dispatch reaches no listener.
et.addEventListener('c', () => console.log('c listener'));
const stopped = new Event('c');
stopped.stopImmediatePropagation();
console.log(et.dispatchEvent(stopped));
// and stays stopped when dispatched again
console.log(et.dispatchEvent(stopped));
const other = new Event('c');
other.stopPropagation();
et.dispatchEvent(other);
