// deepStrictEqual failure diffs: one property a line, sorted keys, "+" for
// actual-only lines, "-" for expected-only ones, trailing-comma tolerance.
const assert = require('assert');

function show(actual, expected) {
  try {
    assert.deepStrictEqual(actual, expected);
    console.log('passed');
  } catch (e) {
    console.log('---', e.operator, e.generatedMessage);
    console.log(e.message);
  }
}

show({ a: 1 }, { a: 2 });
show({ b: 1, a: 2, c: { z: 1, y: [1, 2] } }, { b: 1, a: 3, c: { z: 1, y: [1, 2] } });
show([1, 2, 3], [1, 2, 3, 4]);
show([1, 2, 3, 4], [1, 2, 3]);
show([1, [2, 3]], [1, [2, 4]]);
show({ a: 1, b: 2 }, { a: 1, b: 2, c: 3 });
show({ a: [1, 2, 3] }, { a: [1, 2, 3], b: 1 });
show([{ a: 1 }], [{ a: 1 }, { b: 2 }]);
show([0], [-0]);
show([NaN], [1]);
show(['a\nb'], ['a\nc']);
show({ a: { b: { c: { d: { e: { f: { g: 1 } } } } } } }, {});
show({ [Symbol('s')]: 1, a: new Map([[{ a: 1 }, new Set([1])]]) }, {});
show({ get x() { return 1; }, s: 'abc' }, { x: 2 });
show({}, []);
show([], {});
show(1, 2);
show('a', 'b');
show({}, 1);
show(-0, 0);
show(NaN, 1);
show(function a() {}, function a() {});
show([function a() {}], [function a() {}]);
show({ x: Symbol('a') }, { x: Symbol('a') });
show(Object.create(null), {});
show('a\nb', 'a\nc');
show([1, 2, 3], [3, 2, 1]);
show(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'y']);
show({ list: [1, 2, 3], name: 'x' }, { list: [1, 3], name: 'y' });
