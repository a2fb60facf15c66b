// data: URLs as module specifiers.
const a = await import('data:text/javascript,export default 40 + 2; export const s = "x";');
console.log(a.default, a.s);
const b = await import('data:text/javascript;base64,ZXhwb3J0IGNvbnN0IGIgPSAiYmFzZTY0Ijs=');
console.log(b.b);
const c = await import('data:application/json,{"j":1}', { with: { type: 'json' } });
console.log(c.default.j);
const d = await import('data:text/javascript,import%20%7B%20sep%20%7D%20from%20%22node%3Apath%22%3B%20export%20default%20sep%3B');
console.log(d.default);
