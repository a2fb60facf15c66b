// ES module resolution: no extension guessing, no directory index, and errors.
const rel = (s) => String(s).split(import.meta.dirname).join('<dir>');
for (const spec of ['./fixtures/ext', './fixtures/nope.mjs', './fixtures/dir-index', './fixtures/dir-index/',
                    './fixtures/plain.txt', 'no-such-package-anywhere', '@bad', 'exp-basic/nope',
                    'exp-basic/bad-target', 'exp-basic/missing', 'legacy-main', 'http://example.com/x.js',
                    '#nope', './fixtures/ext.js/', 'exp-basic/features/private/secret']) {
  try {
    const ns = await import(spec);
    console.log(spec, '=>', Object.keys(ns).join(','));
  } catch (e) {
    console.log(spec);
    console.log('  ', e.code, e.name, JSON.stringify(rel(e.message)), e.url ? rel(e.url) : '');
  }
}
