// Importing typeless .js files: ES module syntax is detected; a warning is
// emitted once per package.json.
process.on('warning', (w) => console.log('warning:', w.code, w.message.split(import.meta.dirname).join('<dir>')));
const esm = await import('./fixtures/typeless/esm-syntax.js');
console.log(Object.keys(esm).join(','), esm.detected);
const meta = await import('./fixtures/typeless/import-meta.js');
console.log(meta.fromMeta);
const tla = await import('./fixtures/typeless/tla.js');
console.log(tla.value);
const cjs = await import('./fixtures/typeless/cjs-syntax.js');
console.log(Object.keys(cjs).join(','), cjs.default.detected);
