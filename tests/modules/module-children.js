// module.children lists each child once, also when cached.
const path = require('path');
require('./fixtures/ext.js');
require('./fixtures/ext.js');
require('./fixtures/ext.json');
require('fs');
console.log(module.children.map((c) => path.basename(c.filename)).join(','));
const other = require('./fixtures/dir-index');
const m = require.cache[require.resolve('./fixtures/dir-index')];
console.log(other, m.parent === module, module.children.length);
