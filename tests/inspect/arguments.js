// The arguments object.
const util = require('util');
function f() { return arguments; }
console.log(util.inspect(f(1, 'two', { three: 3 })));
console.log(util.inspect(f()));
function strict() { 'use strict'; return arguments; }
console.log(util.inspect(strict(1)));
console.log(util.inspect({ args: f(1, 2) }));
console.log(util.format('%o', f(1)).length > 0);
