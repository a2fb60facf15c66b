// Import attributes: JSON needs { type: 'json' }; other modules reject it.
const rel = (s) => String(s).split(import.meta.dirname).join('<dir>');
const cases = [
  ['./fixtures/data.json', undefined],
  ['./fixtures/data.json', { type: 'json' }],
  ['./fixtures/esm/named.mjs', { type: 'json' }],
  ['./fixtures/ext.js', { type: 'json' }],
  ['node:path', { type: 'json' }],
  ['./fixtures/data.json', { type: 'css' }],
  ['data:application/json,{"d":1}', undefined],
];
for (const [spec, attrs] of cases) {
  try {
    const ns = await import(spec, attrs ? { with: attrs } : undefined);
    console.log(spec, 'ok', Object.keys(ns).join(','));
  } catch (e) {
    console.log(spec, e.code, e.name, rel(e.message));
  }
}
