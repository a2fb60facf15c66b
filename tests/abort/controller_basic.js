// AbortController/AbortSignal basics: reason, events, idempotence.
'use strict';

const ac = new AbortController();
const { signal } = ac;
console.log(signal === ac.signal, signal instanceof EventTarget, signal.aborted, signal.reason);
signal.addEventListener('abort', function (e) {
  console.log('abort event', e.type, e.isTrusted, e instanceof Event, e.constructor.name,
              this === signal, e.target === signal, signal.aborted);
});
signal.onabort = (e) => console.log('onabort', e.type);
ac.abort();
const r = signal.reason;
console.log(signal.aborted, r instanceof DOMException, r instanceof Error, r.name, r.message, r.code);
console.log(String(r));
ac.abort('second'); // ignored
console.log(signal.reason === r);

const ac2 = new AbortController();
ac2.abort('custom reason');
console.log(ac2.signal.reason);
const ac3 = new AbortController();
ac3.abort(undefined);
console.log(ac3.signal.reason.name);
const ac4 = new AbortController();
ac4.abort(null);
console.log(ac4.signal.reason);
const ac5 = new AbortController();
const err = new Error('mine');
ac5.abort(err);
console.log(ac5.signal.reason === err);

console.log(Object.prototype.toString.call(ac), Object.prototype.toString.call(ac.signal));
console.log(Object.keys(AbortController.prototype), Object.keys(AbortSignal.prototype));
console.log(Object.getOwnPropertyNames(AbortSignal).sort());
