// AbortSignals do not warn about many listeners unless a limit is set.
'use strict';
const { setMaxListeners, getMaxListeners } = require('events');

process.on('warning', (w) => console.log(w.name, '|', w.message, '|', w.count));
const s = new AbortController().signal;
console.log(getMaxListeners(s));
for (let i = 0; i < 50; i++) s.addEventListener('abort', () => {});
setMaxListeners(2, s);
console.log(getMaxListeners(s));
s.addEventListener('abort', () => {});
const t = AbortSignal.timeout(1000);
setMaxListeners(1, t);
t.addEventListener('abort', () => {});
t.addEventListener('abort', () => {});
console.log('sync done');
