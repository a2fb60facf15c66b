// addEventListener/dispatchEvent/removeEventListener basics.
'use strict';

const et = new EventTarget();
const ev = new Event('foo', { cancelable: true });
et.addEventListener('foo', function (e) {
  console.log('l1', this === et, e === ev, e.target === et, e.currentTarget === et,
              e.eventPhase, e.composedPath().length, e.srcElement === et);
});
et.addEventListener('foo', function (e) {
  // Node clears the "being dispatched" state after the first listener.
  console.log('l2', e.currentTarget, e.eventPhase, e.composedPath().length, e.target === et);
  e.preventDefault();
});
console.log('dispatch result:', et.dispatchEvent(ev));
console.log('after:', ev.defaultPrevented, ev.eventPhase, ev.currentTarget, ev.target === et);

// Non-cancelable events ignore preventDefault.
const et2 = new EventTarget();
et2.addEventListener('bar', (e) => e.preventDefault());
console.log(et2.dispatchEvent(new Event('bar')));

// No listeners
console.log(new EventTarget().dispatchEvent(new Event('none')));

// Removal
function handler(e) { console.log('handler', e.type); }
const et3 = new EventTarget();
et3.addEventListener('x', handler);
et3.dispatchEvent(new Event('x'));
et3.removeEventListener('x', handler);
et3.dispatchEvent(new Event('x'));
et3.removeEventListener('x', handler);
et3.removeEventListener('never', handler);

// Event types are converted to strings.
et3.addEventListener(1, (e) => console.log('numeric type', JSON.stringify(e.type)));
et3.dispatchEvent(new Event('1'));
et3.addEventListener(null, (e) => console.log('null type', JSON.stringify(e.type)));
et3.dispatchEvent(new Event(null));

// Re-dispatching the same event object is allowed after dispatch completes.
const again = new Event('again');
et3.addEventListener('again', () => console.log('again fired'));
et3.dispatchEvent(again);
et3.dispatchEvent(again);

// Recursion throws ERR_EVENT_RECURSION.
const rec = new EventTarget();
rec.addEventListener('r', (e) => {
  try {
    rec.dispatchEvent(e);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
});
rec.dispatchEvent(new Event('r'));
