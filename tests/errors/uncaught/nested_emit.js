const EE = require('events');
class Thing extends EE {}
const t = new Thing();
const inner = new EE();
inner.on('y', function onY() { throw new Error('nested'); });
t.on('x', () => inner.emit('y'));
t.emit('x');
