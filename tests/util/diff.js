'use strict';
// util.diff: Myers diff of strings and arrays.
const util = require('util');
const show = (r) => console.log(JSON.stringify(r));
show(util.diff('abc', 'abd'));
show(util.diff(['a', 'b', 'c'], ['a', 'x', 'c']));
show(util.diff('same', 'same'));
show(util.diff('', 'abc'));
show(util.diff('abc', ''));
show(util.diff(['x'], ['y']));
show(util.diff('kitten', 'sitting'));
show(util.diff(['1', '2', '3', '4'], ['2', '3', '5']));
for (const [a, b] of [[1, 'a'], ['a', {}]]) {
  try { util.diff(a, b); } catch (e) { console.log(e.code, e.message); }
}
