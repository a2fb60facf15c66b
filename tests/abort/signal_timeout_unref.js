// A pending AbortSignal.timeout does not keep the process alive.
'use strict';

const s = AbortSignal.timeout(100000);
s.addEventListener('abort', () => console.log('never printed'));
process.on('exit', () => console.log('exit, aborted =', s.aborted));
console.log('sync end');
