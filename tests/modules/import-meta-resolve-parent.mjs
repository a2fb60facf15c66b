// import.meta.resolve(): the parent argument (with
// --experimental-import-meta-resolve), URLs of other schemes returned as they
// are, and the errors for bare specifiers against non-file parents.
const here = new URL('./', import.meta.url).href;
const rel = (url) => url.startsWith(here) ? `./${url.slice(here.length)}` : url;
console.log(rel(import.meta.resolve('./fixtures/')));
console.log(rel(import.meta.resolve('./a.mjs', new URL('./fixtures/', import.meta.url))));
console.log(import.meta.resolve('./x.js', 'http://example.com/dir/main.js'));
console.log(import.meta.resolve('http://example.com/file.js'));
console.log(import.meta.resolve('some://weird/protocol'));
console.log(import.meta.resolve('fs'));
for (const [specifier, parent] of [['./a.js', 1], ['./a.js', null], ['./a.js', 'not a url'],
                                   ['pkg', 'http://example.com/'], ['pkg', 'data:text/javascript,']]) {
  try {
    console.log(import.meta.resolve(specifier, parent));
  } catch (e) {
    console.log(e.code, e.message);
  }
}
for (const url of ['http://example.com/x.js', 'foo:bar']) {
  try {
    await import(url);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
