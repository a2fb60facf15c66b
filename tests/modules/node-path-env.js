// NODE_PATH and $HOME/.node_modules / .node_libraries, via Module._initPaths().
const Module = require('module');
const path = require('path');
process.env.NODE_PATH = [path.join(__dirname, 'fixtures', 'node-path-dir'), ''].join(path.delimiter);
process.env.HOME = path.join(__dirname, 'fixtures', 'home');
Module._initPaths();
console.log(Module.globalPaths.slice(0, 3).map((p) => path.relative(__dirname, p)));
console.log(require('np-mod'));
console.log(require('home-mod'));
console.log(require('lib-mod'));
console.log(require.resolve.paths('x').slice(-4, -1).map((p) => path.relative(__dirname, p)));
