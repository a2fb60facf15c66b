// "imports" (#specifiers) from an ES module inside the package.
const { default: out } = await import('./fixtures/imports-pkg/src/main.mjs');
for (const line of out) console.log(line);
try {
  await import('#internal');
} catch (e) {
  console.log(e.code, e.message.split(import.meta.dirname).join('<dir>'));
}
