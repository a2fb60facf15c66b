// Importing typeless .js files: ES module syntax is detected; a warning is
// emitted once per package.json.
const warnings = [];
process.on('warning', (w) => {
  if (w.code === 'MODULE_TYPELESS_PACKAGE_JSON') warnings.push(w.message.split(import.meta.dirname).join('<dir>'));
});
process.on('exit', () => {
  console.log(warnings.length);
  for (const m of warnings) console.log(m);
});
const esm = await import('./fixtures/typeless/esm-syntax.js');
console.log(Object.keys(esm).join(','), esm.detected);
const meta = await import('./fixtures/typeless/import-meta.js');
console.log(meta.fromMeta);
const tla = await import('./fixtures/typeless/tla.js');
console.log(tla.value);
const cjs = await import('./fixtures/typeless/cjs-syntax.js');
console.log(Object.keys(cjs).join(','), cjs.default.detected);
