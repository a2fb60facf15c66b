const EE = require('events');
const e = new EE();
e.on('x', () => { throw new Error('ee'); });
e.emit('x');
