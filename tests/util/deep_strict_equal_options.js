'use strict';
// util.isDeepStrictEqual with { skipPrototype }, and more nesting/cycle cases.
const { isDeepStrictEqual: eq } = require('util');
class A { constructor() { this.x = 1; } }
class B { constructor() { this.x = 1; } }
console.log(eq(new A(), new B(), { skipPrototype: true }), eq(new A(), new B()));
console.log(eq(0, -0, { skipPrototype: true }), eq([1], { 0: 1, length: 1 }, { skipPrototype: true }));
console.log(eq({ a: 1 }, Object.assign(Object.create(null), { a: 1 }), { skipPrototype: true }));
console.log(eq(1, 1, 5), eq({}, {}, null));
const m1 = new Map([[1, { a: [1, 2] }], [{ k: [1] }, new Set([{ z: 1 }])]]);
const m2 = new Map([[{ k: [1] }, new Set([{ z: 1 }])], [1, { a: [1, 2] }]]);
console.log(eq(m1, m2));
const s1 = new Set([[1], [1]]);
const s2 = new Set([[1], [2]]);
console.log(eq(s1, s2), eq(s1, new Set([[1], [1]])));
const a = { x: {} }; a.x.parent = a;
const b = { x: {} }; b.x.parent = b;
const c = { x: {} }; c.x.parent = c.x;
console.log(eq(a, b), eq(a, c));
const big1 = Array.from({ length: 200 }, (_, i) => ({ i, s: String(i) }));
const big2 = Array.from({ length: 200 }, (_, i) => ({ i, s: String(i) }));
console.log(eq(big1, big2));
big2[199].s = 'x';
console.log(eq(big1, big2));
