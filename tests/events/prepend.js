// prependListener ordering and interaction with on().
'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
const log = [];
e.on('x', () => log.push('on1'));
e.prependListener('x', () => log.push('prepend1'));
e.on('x', () => log.push('on2'));
e.prependListener('x', () => log.push('prepend2'));
e.prependOnceListener('x', () => log.push('prependOnce'));
e.emit('x');
console.log(log.join(' '));
log.length = 0;
e.emit('x');
console.log(log.join(' '));
console.log(e.listeners('x').length);

// prepend on an empty event
const f = new EventEmitter();
console.log(f.prependListener('y', () => log.push('only')) === f);
f.emit('y');
console.log(log);
