// require.cache is keyed by resolved filename and shared with Module._cache.
const path = require('path');
const Module = require('module');
const rel = (p) => path.relative(__dirname, p);

const first = require('./fixtures/ext.json');
const second = require('./fixtures/ext.json');
console.log('same object:', first === second);
const key = require.resolve('./fixtures/ext.json');
console.log('cache key:', rel(key));
console.log('in require.cache:', key in require.cache, require.cache === Module._cache);
console.log('cached exports:', require.cache[key].exports === first);
console.log('loaded flag:', require.cache[key].loaded);

delete require.cache[key];
const third = require('./fixtures/ext.json');
console.log('after delete, new object:', third !== first, JSON.stringify(third));

// A cache entry planted for an existing file is returned as is.
const fake = path.join(__dirname, 'fixtures', 'dir-main', 'start.js');
require.cache[fake] = { id: fake, filename: fake, loaded: true, exports: { fake: true } };
console.log('fake entry:', JSON.stringify(require('./fixtures/dir-main')));
// The file must still exist: resolution comes before the cache.
const missing = path.join(__dirname, 'fixtures', 'not-on-disk.js');
require.cache[missing] = { id: missing, filename: missing, loaded: true, exports: {} };
try {
  require(missing);
} catch (e) {
  console.log(e.code);
}
console.log('cache proto:', Object.getPrototypeOf(require.cache));
console.log('own keys relative:', Object.keys(require.cache).map(rel).sort().join(', '));
