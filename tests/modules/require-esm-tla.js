// require() of an ES module graph with top-level await fails.
const rel = (s) => String(s).split(__dirname).join('<dir>');
for (const spec of ['./fixtures/esm/tla.mjs', './fixtures/esm/imports-tla.mjs', './fixtures/stack-esm-tla.js']) {
  try {
    require(spec);
    console.log('loaded?!');
  } catch (e) {
    console.log(e.code, e.name);
    console.log(rel(e.message));
  }
}
console.log(Object.keys(require.cache).filter((k) => k.includes('tla')).length);
// import() works for the same module.
import('./fixtures/esm/tla.mjs').then((ns) => console.log('import():', ns.afterAwait));
