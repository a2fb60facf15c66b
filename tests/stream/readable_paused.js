// Paused mode driven by 'readable': when it fires, what read() returns, and
// how 'end' follows.
'use strict';
const { Readable } = require('stream');

const log = (...a) => console.log(...a);

{
  let i = 0;
  const r = new Readable({
    highWaterMark: 5,
    read(size) {
      log('_read', size);
      i++;
      if (i === 1) this.push('hello');
      else if (i === 2) this.push('world!');
      else this.push(null);
    },
  });
  r.on('readable', () => {
    log('readable, length', r.readableLength);
    let chunk;
    while ((chunk = r.read()) !== null) log('read ->', chunk.toString());
  });
  r.on('end', () => log('end'));
  r.on('close', () => log('close'));
  log('flowing', r.readableFlowing);
}

{
  const r = new Readable({ read() {} });
  r.push('x');
  r.on('readable', function onr() {
    log('second readable', r.read());
    r.removeListener('readable', onr);
    process.nextTick(() => log('after remove flowing', r.readableFlowing));
  });
}

{
  const r = new Readable({ read() {} });
  r.on('readable', () => log('third readable', r.read(), r._readableState.ended));
  r.push(null);
  r.on('end', () => log('third end'));
}
