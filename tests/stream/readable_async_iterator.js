// Async iteration of Readable: values, early break (destroyOnReturn), errors,
// iterator() options, and streams that end before iteration starts.
'use strict';
const { Readable } = require('stream');

async function main() {
  const r = Readable.from(['a', 'b', 'c']);
  for await (const chunk of r) console.log('chunk', chunk);
  console.log('done1', r.destroyed);

  const r2 = new Readable({ read() {} });
  r2.push('x');
  r2.push('y');
  r2.push(null);
  const parts = [];
  for await (const c of r2) parts.push(String(c));
  console.log('buffered', parts);

  const r3 = Readable.from([1, 2, 3, 4]);
  for await (const v of r3) {
    console.log('v', v);
    if (v === 2) break;
  }
  console.log('after break destroyed', r3.destroyed);

  const r4 = Readable.from([1, 2, 3, 4]);
  for await (const v of r4.iterator({ destroyOnReturn: false })) {
    console.log('v4', v);
    if (v === 2) break;
  }
  console.log('after break (no destroy)', r4.destroyed);
  const rest = [];
  for await (const v of r4) rest.push(v);
  console.log('rest', rest);

  const r5 = new Readable({ read() { this.destroy(new Error('fail5')); } });
  try {
    for await (const v of r5) console.log('unexpected', v);
  } catch (e) {
    console.log('caught', e.message);
  }

  const r6 = new Readable({ read() {} });
  setImmediate(() => r6.destroy());
  try {
    for await (const v of r6) console.log('unexpected', v);
    console.log('r6 ended');
  } catch (e) {
    console.log('r6 caught', e.code, e.message);
  }

  const r7 = new Readable({ objectMode: true, read() {} });
  let i = 0;
  const timer = setInterval(() => {
    if (i < 3) r7.push({ i: i++ });
    else { r7.push(null); clearInterval(timer); }
  }, 1);
  for await (const o of r7) console.log('obj', o);

  try {
    Readable.from([]).iterator(5);
  } catch (e) {
    console.log(e.code, e.message);
  }
  const it = Readable.from(['q'])[Symbol.asyncIterator]();
  console.log(typeof it.next, it.stream instanceof Readable, Object.prototype.toString.call(it));
  console.log(await it.next(), await it.next());

  const r8 = Readable.from(['p', 'q']);
  for await (const v of r8) {
    console.log('throwing at', v);
    try {
      throw new Error('body threw');
    } finally {
      console.log('finally');
    }
  }
}
main().catch((e) => console.log('main error', e.message));
