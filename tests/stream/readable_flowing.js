// Flowing mode: event order of data/end/close with pushes from _read, sync
// and async, plus readableFlowing/isPaused transitions.
'use strict';
const { Readable } = require('stream');

const log = (...a) => console.log(...a);

{
  let n = 0;
  const r = new Readable({
    read() {
      n++;
      log('read', n);
      if (n <= 3) this.push(`chunk${n}`);
      else this.push(null);
    },
  });
  log('flowing before', r.readableFlowing, r.isPaused());
  r.on('data', (d) => log('data', d.toString(), r.readableFlowing));
  log('flowing after on(data)', r.readableFlowing);
  r.on('end', () => log('end', r.readableEnded));
  r.on('close', () => log('close', r.destroyed));
  r.on('resume', () => log('resume event'));
  log('sync done');
}

{
  let n = 0;
  const r = new Readable({
    highWaterMark: 4,
    read() {
      n++;
      setImmediate(() => {
        if (n <= 2) this.push(Buffer.from(`async${n}`));
        else this.push(null);
      });
    },
  });
  r.on('data', (d) => log('async data', d.toString()));
  r.on('end', () => log('async end'));
  r.on('close', () => log('async close'));
}

{
  const r = new Readable({ read() {} });
  r.push('a');
  r.push('b');
  r.push(null);
  log('len', r.readableLength, r.readableFlowing);
  r.resume();
  log('after resume', r.readableFlowing, r.isPaused());
  r.on('end', () => log('resumed end'));
}
