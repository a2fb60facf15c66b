// unshift(): putting data back, with and without an encoding, in object
// mode, and after 'end'.
'use strict';
const { Readable } = require('stream');

{
  const r = new Readable({ read() {} });
  r.push('world');
  r.unshift('hello ');
  console.log(String(r.read()));
  r.push('abc');
  console.log(String(r.read(1)));
  r.unshift(Buffer.from('Z'));
  console.log(r._readableState.buffer, r._readableState.bufferIndex);
  console.log(String(r.read()));
}
{
  const r = new Readable({ encoding: 'hex', read() {} });
  r.push('ab', 'hex');
  r.unshift('ff', 'hex');
  r.unshift('A');
  console.log(r._readableState.buffer);
}
{
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  r.unshift(0);
  r.unshift(null);
  console.log(r.read(), r.read(), r.read(), r.readableEnded);
}
{
  const r = new Readable({ read() {} });
  r.on('error', (e) => console.log('error', e.code, e.message));
  r.push(null);
  r.resume();
  r.on('end', () => {
    console.log('end');
    r.unshift('late');
  });
}
{
  const r = new Readable({ read() {} });
  r.push(null);
  console.log('unshift after push(null) before end:', r.unshift('x'), r.readableLength);
  console.log(String(r.read()));
}
