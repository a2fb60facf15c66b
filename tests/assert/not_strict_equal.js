// notStrictEqual / notDeepStrictEqual / notDeepEqual show the one value, on
// the same line when short, and cut after 46 lines when long.
const assert = require('assert');

function show(method, actual, expected) {
  try {
    assert[method](actual, expected);
    console.log(method, 'passed');
  } catch (e) {
    console.log('---', method, e.operator, e.generatedMessage);
    console.log(JSON.stringify(e.message));
  }
}

const obj = { a: 1 };
const fn = function f() {};
const big = Array.from({ length: 60 }, (_, i) => i);
show('notStrictEqual', 1, 1);
show('notStrictEqual', 'abcd', 'abcd');
show('notStrictEqual', 'abcdef', 'abcdef');
show('notStrictEqual', obj, obj);
show('notStrictEqual', fn, fn);
show('notStrictEqual', big, big);
show('notStrictEqual', NaN, NaN);
show('notStrictEqual', 0, -0);
show('notStrictEqual', {}, {});
show('notDeepStrictEqual', { a: 1 }, { a: 1 });
show('notDeepStrictEqual', [], []);
show('notDeepStrictEqual', 'a\nb', 'a\nb');
show('notDeepStrictEqual', big, big.slice());
show('notDeepStrictEqual', [1], ['1']);
show('notDeepEqual', [1], ['1']);
show('notDeepEqual', { a: 1 }, { a: 1 });
show('notDeepEqual', big, big.slice());
show('notDeepEqual', 1, '1');
show('notDeepEqual', 'a'.repeat(2000), 'a'.repeat(2000));
show('notDeepEqual', 1, 2);
