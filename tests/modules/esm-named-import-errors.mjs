// A named import a CommonJS module does not provide fails before anything
// runs, with Node's message (an example only for one-line imports).
for (const f of ['single', 'multi', 'renamed']) {
  try {
    await import(`./fixtures/m2/named-error/${f}.mjs`);
    console.log(f, 'loaded');
  } catch (e) {
    console.log(f, e.name, JSON.stringify(e.message));
  }
}
