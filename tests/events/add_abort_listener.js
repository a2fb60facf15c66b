// events.addAbortListener: listener on abort, disposable, already-aborted signals.
'use strict';
const { addAbortListener } = require('events');

const ac = new AbortController();
const disposable = addAbortListener(ac.signal, (e) => {
  console.log('abort listener', e.type, ac.signal.reason);
});
console.log(typeof disposable, Object.getPrototypeOf(disposable), typeof disposable[Symbol.dispose]);

// It ignores stopImmediatePropagation from earlier listeners.
ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
const ac0 = new AbortController();
ac0.signal.addEventListener('abort', (e) => { console.log('first stops propagation'); e.stopImmediatePropagation(); });
addAbortListener(ac0.signal, () => console.log('addAbortListener still runs'));
ac0.signal.addEventListener('abort', () => console.log('plain listener skipped'));
ac0.abort();

ac.abort('reason 1');

// Disposing removes the listener.
const ac2 = new AbortController();
const d2 = addAbortListener(ac2.signal, () => console.log('should not run'));
d2[Symbol.dispose]();
ac2.abort();

// Already aborted: called on a microtask with no arguments.
const d3 = addAbortListener(AbortSignal.abort(), (...args) => console.log('already aborted, args:', args.length));
d3[Symbol.dispose]();
console.log('sync end');

for (const bad of [undefined, null, {}, 1]) {
  try {
    addAbortListener(bad, () => {});
  } catch (err) {
    console.log(err.code, err.message);
  }
}
try {
  addAbortListener(new AbortController().signal, 'nope');
} catch (err) {
  console.log(err.code, err.message);
}
