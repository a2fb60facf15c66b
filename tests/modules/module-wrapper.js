// The CommonJS wrapper: arguments, this, __filename, __dirname, Module.wrap.
const Module = require('module');
const path = require('path');
console.log(arguments.length);
console.log(this === module.exports, exports === module.exports);
console.log(path.basename(__filename), path.relative(__dirname, __dirname) === '');
console.log(typeof require, typeof module, typeof exports);
console.log(JSON.stringify(Module.wrapper));
console.log(JSON.stringify(Module.wrap('BODY')));
console.log(Object.keys(require).join(','), Object.keys(require.resolve).join(','));
console.log(require.main === module, process.mainModule === module);
console.log(arguments[0] === exports, arguments[1] === require, arguments[2] === module);
console.log(arguments[3] === __filename, arguments[4] === __dirname);
console.log(require('./fixtures/shebang.js').value);
