// An error thrown while a required module loads: the require() frames.
console.log('loading');
require('./throws_on_load.cjs');
