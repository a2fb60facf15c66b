// Conditions for require(): "require", "node", "module-sync", "default";
// nested conditions, arrays with fallbacks.
for (const spec of ['exp-cond', 'exp-cond/sync', 'exp-cond/nested', 'exp-cond/browser-only', 'exp-cond/array']) {
  const m = require(spec);
  console.log(spec, '->', m.kind);
}
console.log(require('path').relative(__dirname, require.resolve('exp-cond/sync')));
