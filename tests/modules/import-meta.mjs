// import.meta: url, filename, dirname, main and resolve().
const rel = (s) => String(s).split(import.meta.dirname).join('<dir>');
console.log(Object.keys(import.meta).join(','));
console.log(Object.getPrototypeOf(import.meta));
console.log(rel(import.meta.url), rel(import.meta.filename), rel(import.meta.dirname), import.meta.main);
console.log(import.meta.url.startsWith('file:///'));
console.log(rel(import.meta.resolve('./fixtures/esm/named.mjs')));
console.log(rel(import.meta.resolve('./fixtures/not-there.mjs')));
console.log(import.meta.resolve('fs'), import.meta.resolve('node:fs'));
console.log(rel(import.meta.resolve('exp-basic/feature')));
try {
  import.meta.resolve('no-such-package-anywhere');
} catch (e) {
  console.log(e.code);
}
const { meta, resolvedSibling } = await import('./fixtures/esm/meta.mjs');
console.log(rel(meta.url), rel(meta.filename), rel(meta.dirname), meta.main, rel(resolvedSibling));
