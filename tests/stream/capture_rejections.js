// captureRejections: a rejected promise from an async event handler destroys
// the stream with that error.
'use strict';
const { Readable, Writable } = require('stream');

const r = new Readable({ captureRejections: true, read() {} });
r.on('data', async () => {
  throw new Error('async data handler failed');
});
r.on('error', (e) => console.log('readable error', e.message, r.destroyed));
r.on('close', () => console.log('readable close'));
r.push('x');

const w = new Writable({ captureRejections: true, write(c, e, cb) { cb(); } });
w.on('finish', async () => {
  throw new Error('async finish handler failed');
});
w.on('error', (e) => console.log('writable error', e.message));
w.end();
