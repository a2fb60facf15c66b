// Cycles: the second module sees the partial exports of the first.
const a = require('./fixtures/cycle-a.js');
console.log(JSON.stringify(a));
const b = require('./fixtures/cycle-b.js');
console.log(b.name, b.sawA, b.aLoadedFlag);
const path = require('path');
const ma = require.cache[path.join(__dirname, 'fixtures', 'cycle-a.js')];
console.log('a loaded:', ma.loaded, 'children:', ma.children.map((c) => path.basename(c.id)).join(','));
