// Revoked proxies print as <Revoked Proxy> wherever they appear, and no trap runs.
const util = require('util');
const { proxy: revokedObj, revoke: r1 } = Proxy.revocable({ a: 1 }, {});
const { proxy: revokedArr, revoke: r2 } = Proxy.revocable([1, 2], {});
const { proxy: revokedFn, revoke: r3 } = Proxy.revocable(function f() {}, {});
r1(); r2(); r3();
console.log(util.inspect(revokedObj), util.inspect(revokedArr), util.inspect(revokedFn));
console.log(util.inspect(revokedObj, { showProxy: true }));
console.log(util.inspect({ obj: revokedObj, list: [revokedArr, revokedFn] }));
console.log(util.inspect(new Map([[revokedObj, revokedArr]])), util.inspect(new Set([revokedFn])));
console.log(util.format('%s|%o|%O|%d', revokedObj, revokedArr, revokedFn, 1));
console.log(util.types.isProxy(revokedObj), util.types.isProxy({}));
const traps = [];
const inner = Proxy.revocable({}, {});
inner.revoke();
const live = new Proxy({ inner }, {
  get(t, k) { traps.push(String(k)); return Reflect.get(t, k); },
  ownKeys(t) { traps.push('ownKeys'); return Reflect.ownKeys(t); },
});
console.log(util.inspect(live), util.inspect(live, { showProxy: true }));
console.log(util.inspect(live, { showProxy: true, depth: 0 }));
console.log(traps);
console.log([revokedObj], { revokedObj });
