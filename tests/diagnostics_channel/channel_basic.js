// Named channels: one object per name (strings or symbols), subscribe/publish/
// unsubscribe, hasSubscribers, and the ActiveChannel prototype swap.
const dc = require('diagnostics_channel');

console.log(Object.keys(dc).join(','));
const ch = dc.channel('my-channel');
console.log(ch === dc.channel('my-channel'), ch.name, ch instanceof dc.Channel);
console.log(ch.constructor.name, ch.hasSubscribers, dc.hasSubscribers('my-channel'));
console.log(Object.getOwnPropertyNames(ch).join(','));
console.log(Object.getOwnPropertyNames(dc.Channel.prototype).join(','));

const received = [];
function onMessage(message, name) {
  received.push([message, name]);
}
ch.subscribe(onMessage);
console.log(ch.constructor.name, ch.hasSubscribers, dc.hasSubscribers('my-channel'));
console.log(Object.getPrototypeOf(ch) === dc.Channel.prototype, ch instanceof dc.Channel);
ch.publish({ n: 1 });
ch.publish('second');
console.log(received);
console.log(ch.unsubscribe(onMessage), ch.unsubscribe(onMessage));
console.log(ch.constructor.name, ch.hasSubscribers);
ch.publish('nobody listens');
console.log(received.length);

// Subscribers added or removed during a publish take effect on the next one.
const order = [];
const a = () => { order.push('a'); ch.unsubscribe(b); ch.subscribe(c); };
const b = () => order.push('b');
const c = () => order.push('c');
ch.subscribe(a);
ch.subscribe(b);
ch.publish(1);
order.push('|');
ch.publish(2);
console.log(order.join(' '));

const sym = Symbol('symbol-channel');
const symCh = dc.channel(sym);
console.log(symCh.name === sym, dc.channel(sym) === symCh, dc.hasSubscribers(sym));
const direct = new dc.Channel('constructed');
console.log(direct === dc.channel('constructed'));
console.log(dc.hasSubscribers('never-created'));
console.log(5 instanceof dc.Channel, {} instanceof dc.Channel);

// The module-level helpers.
const seen = [];
const fn = (msg) => seen.push(msg);
console.log(dc.subscribe('helpers', fn), dc.hasSubscribers('helpers'));
dc.channel('helpers').publish('via helper');
console.log(dc.unsubscribe('helpers', fn), dc.unsubscribe('helpers', fn), dc.unsubscribe('other', fn));
console.log(seen);
