'use strict';
// structuredClone of DOMException and of objects Node refuses (URL).
const d = new DOMException('m', 'AbortError');
const c = structuredClone(d);
console.log(c.constructor.name, c.name, c.message, c.code, Object.getOwnPropertyNames(c), c !== d, c.stack === d.stack);
const d2 = new DOMException('with cause', { name: 'X', cause: 1 });
const c2 = structuredClone(d2);
console.log(c2.name, 'cause' in c2);
try { structuredClone(new URL('http://example.com/')); } catch (e) { console.log(e.name, e.message); }
console.log(structuredClone({ nested: [d] }).nested[0].name);
