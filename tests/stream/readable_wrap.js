// Readable#wrap() and Readable.wrap(): adapting an old-style emitter stream,
// including its pause()/resume() backpressure and proxied methods.
'use strict';
const { Readable } = require('stream');
const EventEmitter = require('events');

const old = new EventEmitter();
old.pause = () => console.log('old paused');
old.resume = () => console.log('old resumed');
old.custom = function() { return 'custom called'; };
old.first = function() { return 'first key is skipped'; };

const r = new Readable({ highWaterMark: 3 });
r.wrap(old);
console.log(typeof r.custom, r.custom && r.custom(), typeof r.first, typeof r.pause);
old.emit('data', Buffer.from('abcd'));
old.emit('data', Buffer.from('ef'));
console.log('length', r.readableLength);
r.on('data', (d) => console.log('data', String(d)));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
setImmediate(() => old.emit('end'));

const legacy = new EventEmitter();
const w = Readable.wrap(legacy);
console.log('wrapped objectMode', w.readableObjectMode, w.readableHighWaterMark);
w.on('data', (d) => console.log('wrapped data', d));
w.on('error', (e) => console.log('wrapped error', e.message));
w.on('close', () => console.log('wrapped close'));
legacy.emit('data', { x: 1 });
setImmediate(() => legacy.emit('error', new Error('legacy failure')));

const other = new EventEmitter();
const w2 = new Readable().wrap(other);
w2.on('close', () => console.log('w2 close via old close'));
w2.resume();
other.emit('close');
