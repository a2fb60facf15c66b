// package.json "exports": subpaths, patterns, null targets, sugar.
const rel = (s) => String(s).split(__dirname).join('<dir>');
function tryRequire(spec) {
  try {
    const v = require(spec);
    console.log(spec, '=>', JSON.stringify(v));
  } catch (e) {
    console.log(spec, '!!', e.code, rel(e.message));
  }
}
tryRequire('exp-basic');
tryRequire('exp-basic/feature');
tryRequire('exp-basic/features/a');
tryRequire('exp-basic/features/b.js');
tryRequire('exp-basic/features/private/secret');
tryRequire('exp-basic/data.json');
tryRequire('exp-basic/package.json');
tryRequire('exp-basic/internal/x');
tryRequire('exp-basic/lib/main.js');
tryRequire('exp-basic/lib/legacy');
tryRequire('exp-sugar');
tryRequire('exp-sugar/entry.js');
console.log(require('path').relative(__dirname, require.resolve('exp-basic/features/a')));
