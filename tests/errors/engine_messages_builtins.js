// V8's words for errors raised inside built-ins (named by the method) and a few more.
'use strict';
const tryIt = (f) => { try { f(); } catch (e) { console.log(`${e.name}: ${e.message}`); } };
tryIt(() => 1n / 0n);
tryIt(() => new Date(NaN).toISOString());
tryIt(() => (1).toFixed(101));
tryIt(() => (1).toPrecision(0));
tryIt(() => (1).toExponential(-1));
tryIt(() => Reflect.ownKeys(1));
tryIt(() => Reflect.getPrototypeOf('x'));
tryIt(() => String.prototype.toUpperCase.call(null));
tryIt(() => new WeakMap().set(1, 1));
tryIt(() => 1n + 1);
tryIt(() => { const o = Object.freeze({ a: 1 }); o.a = 2; });
tryIt(() => { const c = 1; c = 2; });
