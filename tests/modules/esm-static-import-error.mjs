// A static import that fails to resolve rejects the importing graph.
try {
  await import('./fixtures/esm/bad-static.mjs');
} catch (e) {
  console.log(e.code, e.message.split(import.meta.dirname).join('<dir>'));
}
try {
  await import('./fixtures/esm/throws.mjs');
} catch (e) {
  console.log('evaluation error:', e.message);
}
