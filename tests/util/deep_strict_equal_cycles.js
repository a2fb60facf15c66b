'use strict';
// util.isDeepStrictEqual with cycles of equal and different shapes.
const { isDeepStrictEqual: eq } = require('util');
// X: level-4, val1 seen, val2 new
const a = { x: { y: {} } }; a.x.y.z = a;
const b = { x: { y: { z: { x: { y: { z: 1 } } } } } };
console.log('X', eq(a, b), eq(b, a));
// Y: same cyclic structures different depth
const p = { x: { y: {} } }; p.x.y.z = p;
const q = { x: { y: {} } }; q.x.y.z = q;
console.log('Y', eq(p, q));
const r = { x: { y: {} } }; r.x.y.z = r.x;
console.log('Y2', eq(p, r), eq(r, p));
const s = { x: { y: { z: { x: { y: {} } } } } }; s.x.y.z.x.y.z = s;
console.log('Y3', eq(p, s), eq(s, p));
const t = { x: {} }; t.x.x = t.x; const u = { x: {} }; u.x.x = u;
console.log('Z', eq(t, u), eq(u, t));
const v = [[]]; v[0].push(v); const w = [[]]; w[0].push(w[0]);
console.log('W', eq(v, w), eq(w, v));
const m = new Map(); m.set('self', m); const n = new Map(); n.set('self', n);
console.log('M', eq(m, n));
const d1 = { a: { b: { c: { d: {} } } } }; d1.a.b.c.d.e = d1.a;
const d2 = { a: { b: { c: { d: {} } } } }; d2.a.b.c.d.e = d2.a.b;
console.log('D', eq(d1, d2), eq(d2, d1));
const e1 = { a: { b: { c: {} } } }; e1.a.b.c.back = e1.a.b; e1.a.b.c.other = 1;
const e2 = { a: { b: { c: {} } } }; e2.a.b.c.back = e2.a.b; e2.a.b.c.other = 2;
console.log('E', eq(e1, e2));
