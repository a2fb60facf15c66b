// Readable failure modes and their error codes/messages: push after EOF,
// invalid chunks, missing _read, _read throwing, errors with autoDestroy off.
'use strict';
const { Readable } = require('stream');

function show(label, r) {
  r.on('error', (e) => console.log(label, 'error', e.name, e.code, e.message));
  r.on('close', () => console.log(label, 'close', r.destroyed, r.errored && r.errored.code));
}

{
  const r = new Readable({ read() {} });
  show('eof', r);
  r.push(null);
  console.log('push after eof returns', r.push('x'));
}
{
  const r = new Readable({ read() {} });
  show('type', r);
  console.log('push number returns', r.push(5));
}
{
  const r = new Readable();
  show('noimpl', r);
  r.read();
}
{
  const r = new Readable({ read() { throw new Error('read threw'); } });
  show('throws', r);
  r.resume();
}
{
  const r = new Readable({ autoDestroy: false, read() {} });
  show('noauto', r);
  r.push(null);
  r.push('late');
  setImmediate(() => console.log('noauto destroyed?', r.destroyed, r.errored && r.errored.code, r.readableAborted));
}
{
  const r = new Readable({ objectMode: true, read() {} });
  show('objnull', r);
  r.push(null);
  r.push({});
}
{
  const r = new Readable({ read() { this.destroy(new Error('inside read')); } });
  show('destroyInRead', r);
  r.on('data', () => console.log('unexpected data'));
}
try {
  new Readable({ highWaterMark: -1 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  new Readable({ highWaterMark: 1.5 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  new Readable({ defaultEncoding: 'nope' });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
