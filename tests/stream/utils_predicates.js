// stream.isReadable/isWritable/isErrored/isDisturbed/isDestroyed across a
// stream's life, and on non-streams.
'use strict';
const stream = require('stream');
const { Readable, Writable, PassThrough, isReadable, isWritable, isErrored, isDisturbed, isDestroyed } = stream;

function report(label, s) {
  console.log(label, isReadable(s), isWritable(s), isErrored(s), isDisturbed(s), isDestroyed(s));
}

const r = new Readable({ read() {} });
report('fresh readable', r);
r.push('x');
r.read();
report('read once', r);
r.push(null);
r.resume();
r.on('end', () => report('ended', r));

const w = new Writable({ write(c, e, cb) { cb(); } });
report('fresh writable', w);
w.end();
report('ending writable', w);

const e = new PassThrough();
e.on('error', () => {});
e.destroy(new Error('x'));
report('errored', e);

const d = new PassThrough();
d.destroy();
report('destroyed', d);

report('plain object', {});
report('null', null);
report('legacy emitter', new (require('events'))());
const legacy = new stream.Stream();
legacy.readable = true;
report('legacy Stream readable=true', legacy);
