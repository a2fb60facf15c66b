// A package can require itself by name through its "exports".
const m = require('./fixtures/selfref/lib/index.js');
console.log(m.name, '|', m.helper);
console.log(require('./fixtures/selfref/lib/try-private.js'));
