// Reading a missing property of partial exports during a cycle warns.
process.on('warning', (w) => console.log('warning:', w.name, w.message));
require('./fixtures/circ-a.js');
setImmediate(() => console.log('done'));
