'use strict';
// AbortError from events.once with an aborted signal; DOMException reasons.
const events = require('events');
const ee = new events.EventEmitter();
const ac = new AbortController();
events.once(ee, 'never', { signal: ac.signal }).catch((e) => {
  console.log(e.name, e.code, e.message, e instanceof Error, e.constructor === Error);
  console.log(e.stack.split('\n')[0]);
  console.log(Object.keys(e), e.cause && e.cause.name);
});
ac.abort();
const r = AbortSignal.abort().reason;
console.log(r.name, r.code, r.message, r instanceof DOMException);
const r2 = AbortSignal.abort('why').reason;
console.log(r2);
