// Importing a name a module does not export: Node's wording, with a hint for
// CommonJS modules.
for (const f of ['bad-named-cjs', 'bad-named-esm', 'bad-named-multi']) {
  try {
    require(`./fixtures/esm/${f}.mjs`);
  } catch (e) {
    console.log(e.name, JSON.stringify(e.message));
  }
}
