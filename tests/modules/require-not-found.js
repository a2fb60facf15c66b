// MODULE_NOT_FOUND: message with the require stack, code and requireStack.
const rel = (s) => String(s).split(__dirname).join('<dir>');
function show(fn) {
  try {
    fn();
  } catch (e) {
    console.log(e.code, JSON.stringify(rel(e.message)));
    console.log('  requireStack:', e.requireStack && e.requireStack.map(rel));
    console.log('  keys:', Object.keys(e).join(','), e instanceof Error, e.name);
  }
}
show(() => require('./nope'));
show(() => require('no-such-package-anywhere'));
show(() => require('./fixtures/stack-a.js'));
show(() => require('no-such-package-anywhere/sub/path.js'));
show(() => require.resolve('./nope'));
show(() => require('bad-main'));
console.log(require('bad-main-fallback'));
