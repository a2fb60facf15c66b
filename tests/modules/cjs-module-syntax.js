// Module syntax in a file declared CommonJS: V8's SyntaxError messages and
// Node's "Failed to load the ES module" warning.
process.on('warning', (w) => console.log(w.name, w.message.split(__dirname).join('.')));
for (const f of ['./fixtures/m2/esm-syntax.cjs', './fixtures/m2/import-syntax.cjs']) {
  try {
    require(f);
  } catch (e) {
    console.log(e.name, e.message);
  }
}
