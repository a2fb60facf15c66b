// --no-experimental-require-module: require() of ES modules throws
// ERR_REQUIRE_ESM (Node's messages), typeless ESM files are not reparsed and
// process.features.require_module is false.
console.log(process.features.require_module);
const show = (e) => console.log(e.name, e.code, e.message.split(__dirname).join('.'));
for (const f of ['./fixtures/esm/named.mjs', './fixtures/type-module/esm.js',
                 './fixtures/m2/mod-scope/cjs-syntax.js',
                 './fixtures/typeless/esm-syntax.js']) {
  try {
    require(f);
    console.log('loaded', f);
  } catch (e) {
    show(e);
  }
}
