// equal / notEqual / deepEqual: the legacy "a == b" messages and the
// "should loosely deep-equal" layout, with long values cut at 512 characters.
const assert = require('assert');

function show(method, ...args) {
  try {
    assert[method](...args);
    console.log(method, 'passed');
  } catch (e) {
    console.log('---', method, e.operator, e.generatedMessage);
    console.log(JSON.stringify(e.message));
  }
}

show('equal', 1, 2);
show('equal', 1, '1');
show('equal', null, undefined);
show('equal', NaN, NaN);
show('equal', { a: 1 }, { a: 1 });
show('equal', 'x'.repeat(600), 'y');
show('equal', 'a', 'b', 'custom');
show('notEqual', 1, 1);
show('notEqual', 1, '1');
show('notEqual', NaN, NaN);
show('notEqual', null, undefined);
show('notEqual', 'a', 'b');
show('deepEqual', { a: 1 }, { a: 2 });
show('deepEqual', 1, '1');
show('deepEqual', [1, 2], ['1', '2']);
show('deepEqual', { a: undefined }, {});
show('deepEqual', new Error('a'), new Error('b'));
show('deepEqual', 'a'.repeat(1000), 'b'.repeat(1000));
show('deepEqual', Array.from({ length: 10 }, (_, i) => i), [1]);
show('deepEqual', new Set([1]), new Set(['1']));
show('deepEqual', new Set([1]), new Set([2]));
show('deepEqual', new Map([[1, 1]]), new Map([['1', '1']]));
show('deepEqual', [1, , 3], [1, undefined, 3]);
show('deepEqual', 1, 2, 'custom');
