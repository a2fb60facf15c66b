// data: URL modules: JavaScript (plain, base64, with parameters), JSON with
// its errors, unknown types, and import.meta.url.
const b64 = (text) => Buffer.from(text).toString('base64');
console.log((await import('data:text/javascript,export default 1 + 1')).default);
console.log((await import(`data:text/javascript;base64,${b64('export const x = "ü";')}`)).x);
const metaURL = 'data:text/javascript;charset=utf-8;a=b,export default import.meta.url';
console.log((await import(metaURL)).default === metaURL);
console.log((await import('data:application/json,{"a":[1,2]}', { with: { type: 'json' } })).default);
console.log((await import('data:application/json;foo="test,"this"', { with: { type: 'json' } })).default);
for (const [url, options] of [
  ['data:application/json;foo="test,",0', { with: { type: 'json' } }],
  ['data:application/json,{"a":', { with: { type: 'json' } }],
  ['data:application/json,1', undefined],
  ['data:text/javascript,export{}', { with: { type: 'json' } }],
  ['data:text/css,', { with: { type: 'css' } }],
  ['data:invalid,null', undefined],
]) {
  try {
    await import(url, options);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
