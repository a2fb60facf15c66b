// stream.duplexPair(): what one side writes the other reads, in both
// directions; ending and destroying.
'use strict';
const { duplexPair, Duplex } = require('stream');

const [a, b] = duplexPair();
console.log(a instanceof Duplex, a.constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(a)));
b.on('data', (d) => console.log('b got', String(d)));
a.on('data', (d) => console.log('a got', String(d)));
a.write('hello b', () => console.log('a write cb'));
b.write('hello a');
a.write('');
a.end();
b.on('end', () => console.log('b end'));
a.on('finish', () => console.log('a finish'));

const [c, d] = duplexPair({ objectMode: true });
d.on('data', (o) => console.log('object', o));
c.write({ n: 1 });
d.on('close', () => console.log('d closed by c destroy', d.destroyed, d.errored));
c.on('error', (e) => console.log('c error', e.message));
setImmediate(() => c.destroy(new Error('boom')));
