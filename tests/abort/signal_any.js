// AbortSignal.any: combined signals, reasons, event order.
'use strict';

const c1 = new AbortController();
const c2 = new AbortController();
const any = AbortSignal.any([c1.signal, c2.signal]);
console.log(any.aborted, any instanceof AbortSignal);
any.addEventListener('abort', () => console.log('any aborted with', any.reason));
c2.abort('from c2');
c1.abort('from c1');
console.log(any.reason);

// Already-aborted input: aborted immediately with the first aborted reason.
console.log(AbortSignal.any([new AbortController().signal, AbortSignal.abort('pre'), AbortSignal.abort('pre2')]).reason);
console.log(AbortSignal.any([]).aborted);

// Without listeners the state is read from the sources.
const c3 = new AbortController();
const c4 = new AbortController();
const quiet = AbortSignal.any([c3.signal, c4.signal]);
c4.abort('four');
c3.abort('three');
console.log('quiet:', quiet.aborted, quiet.reason);

// Dependent signals are aborted before any listener runs; listeners of the
// source run first, then dependants in the order they started listening.
const src = new AbortController();
const a = AbortSignal.any([src.signal]);
const b = AbortSignal.any([a, src.signal]);
b.addEventListener('abort', () => console.log('b listener', a.aborted, b.aborted));
src.signal.addEventListener('abort', () => console.log('src listener', a.aborted, b.aborted));
a.addEventListener('abort', () => console.log('a listener', a.aborted, b.aborted));
src.abort('R');
console.log(a.reason, b.reason);

// Iterables are accepted.
const c5 = new AbortController();
const fromSet = AbortSignal.any(new Set([c5.signal]));
c5.abort('set');
console.log(fromSet.reason);

// Timeout sources
const t = AbortSignal.any([AbortSignal.timeout(5), new AbortController().signal]);
t.onabort = () => console.log('timeout via any:', t.reason.name);
setTimeout(() => console.log('end'), 40);
