// Error causes and AggregateError members.
const util = require('util');
function withStack(err, stack) { err.stack = stack; return err; }
const inner = withStack(new Error('inner'), 'Error: inner\n    at a (a.js:1:1)\n    at b (b.js:1:1)\n    at c (c.js:1:1)\n    at d (d.js:1:1)\n    at e (e.js:1:1)');
const outer = withStack(new Error('outer', { cause: inner }), 'Error: outer\n    at z (z.js:1:1)\n    at b (b.js:1:1)\n    at c (c.js:1:1)\n    at d (d.js:1:1)\n    at e (e.js:1:1)');
console.log(util.inspect(outer));
console.log(util.inspect(withStack(new Error('str cause', { cause: 'just a string' }), 'Error: str cause\n    at q (q.js:1:1)')));
console.log(util.inspect(withStack(new Error('undef cause', { cause: undefined }), 'Error: undef cause\n    at q (q.js:1:1)')));
console.log(util.inspect(withStack(new Error('obj cause', { cause: { code: 42 } }), 'Error: obj cause\n    at q (q.js:1:1)')));
const agg = withStack(new AggregateError([withStack(new Error('first'), 'Error: first\n    at f (f.js:1:1)'), 'second'], 'many'), 'AggregateError: many\n    at g (g.js:1:1)');
console.log(util.inspect(agg));
console.log(util.inspect({ wrapped: agg }));
