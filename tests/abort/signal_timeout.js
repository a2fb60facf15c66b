// AbortSignal.timeout fires a TimeoutError DOMException.
'use strict';

const s = AbortSignal.timeout(5);
console.log(s.aborted, s.reason);
s.addEventListener('abort', (e) => {
  console.log('aborted', e.type, s.aborted, s.reason.name, s.reason.message, s.reason.code,
              s.reason instanceof DOMException);
});
// The timeout's timer does not keep the process alive: keep it alive here.
setTimeout(() => console.log('done', s.aborted), 50);
// Created after the first one fired, so the order does not depend on timing.
s.addEventListener('abort', () => {
  const zero = AbortSignal.timeout(0);
  zero.onabort = () => console.log('zero delay aborted', zero.reason.name);
});
console.log('sync end');
