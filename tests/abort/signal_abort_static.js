// AbortSignal.abort(reason)
'use strict';

const s = AbortSignal.abort();
console.log(s.aborted, s.reason.name, s.reason.message, s.reason.code, s instanceof AbortSignal);
console.log(AbortSignal.abort('why').reason, AbortSignal.abort(0).reason, AbortSignal.abort(null).reason);
console.log(AbortSignal.abort(undefined).reason.name);
const listener = () => console.log('never called');
s.addEventListener('abort', listener);
s.onabort = listener;
console.log(s.throwIfAborted === AbortSignal.prototype.throwIfAborted);
try {
  s.throwIfAborted();
} catch (err) {
  console.log('thrown', err === s.reason, err.name);
}
try {
  AbortSignal.abort({ custom: true }).throwIfAborted();
} catch (err) {
  console.log('thrown', err);
}
new AbortController().signal.throwIfAborted();
console.log('not aborted: no throw');
