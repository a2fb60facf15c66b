// PassThrough and the legacy _stream_* aliases.
'use strict';
const stream = require('stream');
const { PassThrough } = stream;

const pt = new PassThrough();
pt.on('data', (d) => console.log('data', String(d)));
pt.on('end', () => console.log('end'));
pt.on('finish', () => console.log('finish'));
pt.on('close', () => console.log('close'));
pt.write('a');
pt.write(Buffer.from('b'));
pt.end('c');

const enc = new PassThrough({ encoding: 'utf8' });
enc.end(Buffer.from('é'));
enc.on('data', (d) => console.log('encoded', typeof d, d));

console.log(PassThrough() instanceof PassThrough, PassThrough.name, PassThrough.length);
console.log(Object.getOwnPropertyNames(PassThrough.prototype));
console.log(require('_stream_readable') === stream.Readable,
            require('_stream_writable') === stream.Writable,
            require('_stream_duplex') === stream.Duplex,
            require('_stream_transform') === stream.Transform,
            require('_stream_passthrough') === stream.PassThrough,
            require('node:stream') === stream);
