// A subscriber that throws does not stop the others: its error is rethrown on
// the next tick as an uncaught exception.
const dc = require('diagnostics_channel');

process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
const ch = dc.channel('errors');
ch.subscribe(() => {
  throw new Error('first subscriber failed');
});
ch.subscribe((message) => console.log('second subscriber got', message));
ch.subscribe(() => {
  throw new Error('third subscriber failed');
});
ch.publish('payload');
console.log('publish returned');
process.nextTick(() => console.log('a later tick'));
