// deepStrictEqual across built-in types: which compare equal, and how the
// failing ones are printed.
const assert = require('assert');

function show(label, actual, expected) {
  try {
    assert.deepStrictEqual(actual, expected);
    console.log(label, 'passed');
  } catch (e) {
    console.log('---', label);
    console.log(e.message);
  }
}

const circ1 = { a: 1 }; circ1.self = circ1;
const circ2 = { a: 2 }; circ2.self = circ2;
const circ3 = { a: 1 }; circ3.self = circ3;
show('cycles', circ1, circ2);
show('equal cycles', circ1, circ3);
show('map', new Map([[1, { a: 1 }], [2, 'b']]), new Map([[1, { a: 2 }], [2, 'b']]));
show('set', new Set([1, 2, { x: [1] }]), new Set([1, 2, { x: [2] }]));
show('set order', new Set([[1], [2]]), new Set([[2], [1]]));
show('date', new Date(0), new Date(1));
show('regexp', /a/g, /a/i);
show('error class', new Error('a'), new TypeError('a'));
show('error props', Object.assign(new Error('a'), { code: 1 }), Object.assign(new Error('a'), { code: 2 }));
show('error message', new Error('x'), new Error('y'));
show('boxed number', new Number(1), new Number(2));
show('boxed string', new String('ab'), new String('ac'));
show('float64', new Float64Array([1, 2]), new Float64Array([1, 3]));
show('uint8 length', new Uint8Array(3), new Uint8Array(2));
show('buffer', Buffer.from('ab'), Buffer.from('ac'));
show('buffer vs uint8', Buffer.from('abc'), new Uint8Array([97, 98, 99]));
show('symbol keys', { [Symbol('a')]: 1 }, { [Symbol('a')]: 1 });
show('null proto', Object.create(null), {});
show('holes', [1, , 3], [1, undefined, 3]);
show('undefined prop', { a: undefined }, {});
show('bigint', 1n, 2n);
show('bigint in array', [1n], [2n]);
class Foo { constructor() { this.x = 1; } }
show('class vs plain', new Foo(), { x: 1 });
show('class diff', new Foo(), { x: 2 });
show('nested class', [new Foo()], [{ x: 1 }]);
show('long string prop', { a: 'x'.repeat(200) }, { a: 'x'.repeat(201) });
show('deep nesting', [{ a: 1, b: [1, 2, { c: new Map([[{}, []]]) }] }], [{ a: 1, b: [1, 2, { c: new Map([[{}, [1]]]) }] }]);
show('weakmap', new WeakMap(), new WeakMap());
show('promise', Promise.resolve(1), Promise.resolve(1));
show('arraybuffer', new ArrayBuffer(2), new ArrayBuffer(3));
