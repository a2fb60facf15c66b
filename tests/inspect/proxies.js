// Proxies are inspected through their target; showProxy reveals them.
const util = require('util');
const handler = { get() { return 'trapped'; }, ownKeys() { throw new Error('ownKeys trap ran'); } };
const p = new Proxy({ a: 1, b: [2] }, handler);
console.log(util.inspect(p));
console.log(util.inspect(p, { showProxy: true }));
console.log(util.inspect(new Proxy([1, 2, 3], {})));
console.log(util.inspect(new Proxy(function target() {}, {})));
console.log(util.inspect(new Proxy(function target() {}, {}), { showProxy: true }));
console.log(util.inspect({ nested: new Proxy({ x: new Proxy({}, {}) }, {}) }, { showProxy: true }));
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
console.log(util.inspect(proxy), util.inspect(proxy, { showProxy: true }));
console.log(util.format('%s', new Proxy({ a: 1 }, {})));
console.log(util.inspect(new Proxy({}, {}), { showProxy: true, depth: -1 }));
