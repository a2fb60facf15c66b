// pause()/resume(): 'pause' and 'resume' events, isPaused(), readableFlowing,
// and the interplay with 'data' and 'readable' listeners.
'use strict';
const { Readable } = require('stream');

const log = (...a) => console.log(...a);

const r = new Readable({ read() {} });
r.on('pause', () => log('pause event'));
r.on('resume', () => log('resume event'));
log('initial', r.isPaused(), r.readableFlowing);
r.pause();
log('after pause', r.isPaused(), r.readableFlowing);
r.pause();
r.on('data', (d) => log('data', String(d)));
log('data listener while paused', r.readableFlowing);
r.push('one');
r.resume();
log('after resume', r.isPaused(), r.readableFlowing);
r.push('two');
setImmediate(() => {
  r.pause();
  r.push('three');
  log('paused length', r.readableLength);
  r.readableFlowing = true;
  log('set flowing', r.readableFlowing);
  setImmediate(() => {
    r.resume();
    setImmediate(() => log('end of run', r.readableLength));
  });
});

const r2 = new Readable({ read() {} });
r2.on('readable', () => log('r2 readable'));
r2.on('data', (d) => log('r2 data', String(d)));
log('r2 flowing with both listeners', r2.readableFlowing);
r2.push('x');
r2.resume();
log('r2 after resume', r2.readableFlowing);
setImmediate(() => {
  r2.removeAllListeners('readable');
  process.nextTick(() => log('r2 after removing readable', r2.readableFlowing));
});

const r3 = new Readable({ read() {} });
r3.push('y');
r3.readableFlowing = false;
r3.on('data', () => log('r3 data (should not flow)'));
log('r3', r3.readableFlowing, r3.isPaused());
