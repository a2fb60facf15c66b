// strictEqual failure messages: the short "a !== b" form, the stacked
// "+ actual - expected" form with its caret, reference inequality of objects.
const assert = require('assert');

function show(actual, expected) {
  try {
    assert.strictEqual(actual, expected);
    console.log('passed');
  } catch (e) {
    console.log('---', e.operator, e.generatedMessage);
    console.log(e.message);
  }
}

show(1, 2);
show(1, '1');
show(NaN, 0);
show(-0, 0);
show(0, -0);
show(null, undefined);
show(true, false);
show(1n, 1);
show(Symbol('a'), Symbol('a'));
show('aaaaa', 'aaaab');
show('aaaaaa', 'aaaaab');
show('aaaaaaa', 'aaaaaab');
show('a'.repeat(10), 'b'.repeat(10));
show('abcdefghijklmnopqrstuvwxyz', 'abcdefghijklmnopqrstuvwxyZ');
show('a'.repeat(37), 'a'.repeat(38));
show('a'.repeat(39), 'a'.repeat(37) + 'b');
show('x'.repeat(100), 'x'.repeat(99));
show('a\nb\nc', 'a\nb\nd');
show(123456789, 123456788);
show(1234567, 12345678);
show('12345678901234567890', 2);
show({}, 1);
show([], 1);
show(1, {});
show({}, []);
show({}, {});
show([1], [1]);
show([1, 2, 3], [1, 2, 4]);
show(new Date(0), new Date(0));
show(/a/g, /a/g);
show(function a() {}, function a() {});
show(() => {}, 1);
show({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] });
show(NaN, NaN);
show(-0, -0);
