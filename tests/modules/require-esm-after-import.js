// require() of ES modules that import() loaded first: top-level await is
// still refused, an evaluation error is thrown again, and a module that uses
// CommonJS globals gets Node's explanation.
const show = (e) => console.log(e.name, e.code, e.message.split(__dirname).join('.'));
(async () => {
  console.log((await import('./fixtures/m2/tla/tla.mjs')).x);
  try {
    require('./fixtures/m2/tla/tla.mjs');
  } catch (e) {
    show(e);
  }
  try {
    await import('./fixtures/m2/tla/throws.mjs');
  } catch (e) {
    show(e);
  }
  try {
    require('./fixtures/m2/tla/throws.mjs');
  } catch (e) {
    show(e);
  }
  try {
    require('./fixtures/m2/tla/cjs-global.mjs');
  } catch (e) {
    show(e);
  }
})();
