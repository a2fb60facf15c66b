// The legacy Stream base class: it is an EventEmitter with a simple pipe()
// that handles data/drain/end/close/error between old-style emitters.
'use strict';
const stream = require('stream');
const EventEmitter = require('events');
const { Stream } = stream;

console.log(stream === Stream, Stream.Stream === Stream, new Stream() instanceof EventEmitter);
console.log(Object.getOwnPropertyNames(Stream.prototype), Object.getPrototypeOf(Stream) === EventEmitter);

const src = new Stream();
src.readable = true;
src.pause = () => console.log('src paused');
src.resume = () => console.log('src resumed');
const dest = new Stream();
dest.writable = true;
let accept = true;
dest.write = (d) => { console.log('dest write', d); return accept; };
dest.end = () => console.log('dest end');
dest.on('pipe', (s) => console.log('pipe event', s === src));
console.log(src.pipe(dest) === dest);
src.emit('data', 'one');
accept = false;
src.emit('data', 'two');
dest.emit('drain');
src.emit('end');
src.emit('end');
src.emit('data', 'after end is ignored');
console.log('listeners left', src.listenerCount('data'), dest.listenerCount('drain'));

const a = new Stream();
const b = new Stream();
b.writable = true;
b.write = () => true;
b.destroy = () => console.log('b destroyed');
a.pipe(b);
a.emit('close');

const c = new Stream();
const d = new Stream();
d.writable = true;
d.write = () => true;
c.pipe(d);
try {
  c.emit('error', new Error('unhandled in pipe'));
} catch (e) {
  console.log('rethrown', e.message);
}
console.log(new Stream().eventNames(), (() => { const s = new Stream(); s.on('x', () => {}); return s.eventNames(); })());
const r = new stream.Readable({ read() {} });
r.on('data', () => {});
r.once('foo', () => {});
console.log(r.eventNames());
r.removeAllListeners('data');
console.log(r.eventNames(), r._events);
