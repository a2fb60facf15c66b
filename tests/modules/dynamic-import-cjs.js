// import() from a CommonJS module: ES modules, CommonJS, JSON, builtins.
const rel = (s) => String(s).split(__dirname).join('<dir>');
(async () => {
  const esm = await import('./fixtures/esm/named.mjs');
  console.log(Object.keys(esm).join(','), esm.one);
  const viaHelper = await require('./fixtures/dyn-import.js')();
  console.log('same namespace from another file:', viaHelper === esm);
  const cjs = await import('./fixtures/ext.js');
  console.log(Object.keys(cjs).join(','), cjs.default);
  console.log('shares require cache:', cjs.default === require('./fixtures/ext.js'));
  const json = await import('./fixtures/data.json', { with: { type: 'json' } });
  console.log(json.default.name);
  const fs = await import('fs');
  console.log(fs.default === require('fs'));
  const pkg = await import('exp-cond');
  console.log(pkg.kind);
  try {
    await import('./fixtures/nope.mjs');
  } catch (e) {
    console.log(e.code, rel(e.message));
  }
  try {
    await import('no-such-package-anywhere');
  } catch (e) {
    console.log(e.code, rel(e.message));
  }
  try {
    await import('./fixtures/ext');
  } catch (e) {
    console.log(e.code, rel(e.message));
  }
})();
