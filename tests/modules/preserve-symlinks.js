// --preserve-symlinks: a module reached through a symbolic link keeps the
// link's path (and resolves its own dependencies from there).
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rode-links-')));
fs.mkdirSync(path.join(dir, 'real'));
fs.mkdirSync(path.join(dir, 'app/node_modules/dep'), { recursive: true });
fs.writeFileSync(path.join(dir, 'real/index.js'),
                 'module.exports = { file: __filename, dep: require("dep") };');
fs.writeFileSync(path.join(dir, 'app/node_modules/dep/index.js'), 'module.exports = "dep of app";');
fs.symlinkSync(path.join(dir, 'real'), path.join(dir, 'app/node_modules/linked'));
const result = require(path.join(dir, 'app/node_modules/linked'));
console.log(path.relative(dir, result.file), result.dep);
const url = require('url').pathToFileURL(path.join(dir, 'app/node_modules/linked/index.js')).href;
import(url).then((ns) => {
  console.log(path.relative(dir, ns.default.file));
  fs.rmSync(dir, { recursive: true });
});
