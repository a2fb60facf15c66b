// Bare specifiers walk node_modules folders up the tree; nested copies win.
const path = require('path');
console.log(require('inner-dep'));
const outer = require('outer');
console.log(outer.dep);
console.log(outer.paths.map((p) => path.relative(__dirname, p)));
console.log(require('@scope/pkg'), require('@scope/pkg/sub'));
console.log(require('legacy-main'));
console.log(require('legacy-index'), require('legacy-index/other'));
console.log(require('main-dir'));
console.log(require('no-pkg-json'));
console.log(module.paths.slice(0, 2).map((p) => path.relative(__dirname, p)));
