// Conditions for import: "import", "node", "module-sync", "default".
for (const spec of ['exp-cond', 'exp-cond/sync', 'exp-cond/nested', 'exp-cond/browser-only', 'exp-cond/array']) {
  const ns = await import(spec);
  console.log(spec, '->', ns.kind);
}
const { default: d } = await import('exp-cond');
console.log(d);
console.log(import.meta.resolve('exp-cond').split(import.meta.dirname).join('<dir>'));
