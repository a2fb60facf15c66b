// More of V8's wording for errors the engine raises.
'use strict';
const tryIt = (f) => { try { f(); } catch (e) { console.log(e.name, e.message); } };
tryIt(() => Symbol() + '');
tryIt(() => [].reduce((a, b) => a));
tryIt(() => decodeURIComponent('%'));
tryIt(() => decodeURI('%E0%A4%A'));
tryIt(() => encodeURI('\uD800'));
class A {
  #p = 1;
  static read(o) { return o.#p; }
  static write(o) { o.#p = 2; }
}
tryIt(() => A.read({}));
tryIt(() => A.write({}));
