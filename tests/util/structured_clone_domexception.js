'use strict';
// structuredClone of DOMException (own fields dropped, subclasses cloned as
// DOMException) and of the objects Node refuses (URL, URLSearchParams).
const d = new DOMException('m', 'AbortError');
const c = structuredClone(d);
console.log(c.constructor.name, c.name, c.message, c.code, Object.getOwnPropertyNames(c), c !== d, c.stack === d.stack);
const d2 = new DOMException('with cause', { name: 'X', cause: 1 });
const c2 = structuredClone(d2);
console.log(c2.name, 'cause' in c2);
try { structuredClone(() => {}); } catch (e) {
  const c3 = structuredClone(e);
  console.log(c3.constructor.name, c3.name, c3.message, c3.code, c3 instanceof DOMException);
}
const cx = structuredClone(Object.assign(new DOMException('a', 'DataCloneError'), { extra: 1 }));
console.log(cx.name, cx.code, cx.extra, Object.keys(cx));
class Sub extends DOMException {}
const cs = structuredClone(new Sub('s', 'NotFoundError'));
console.log(cs.constructor.name, cs.name, cs.code);
console.log(structuredClone({ nested: [d] }).nested[0].name);
for (const v of [new URL('http://example.com/'), new URLSearchParams('a=1'), { u: new URL('http://x/') }]) {
  try { structuredClone(v); } catch (e) { console.log(e.name, e.message, e.code); }
}
