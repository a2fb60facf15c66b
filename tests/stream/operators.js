// Readable operators: map (with concurrency), filter, flatMap, drop, take,
// forEach, toArray, some, every, find, reduce, and their validation.
'use strict';
const { Readable } = require('stream');

async function main() {
  const from = (arr) => Readable.from(arr);
  console.log(await from([1, 2, 3]).map((x) => x * 2).toArray());
  console.log(await from([1, 2, 3, 4]).filter(async (x) => x % 2 === 0).toArray());
  console.log(await from([1, 2]).flatMap((x) => [x, x * 10]).toArray());
  console.log(await from([1, 2, 3, 4, 5]).drop(2).take(2).toArray());
  console.log(await from([1, 2, 3]).some((x) => x > 2), await from([1, 2, 3]).every((x) => x > 2));
  console.log(await from([1, 2, 3]).find((x) => x > 1), await from([1, 2, 3]).find((x) => x > 5));
  console.log(await from([1, 2, 3]).reduce((a, b) => a + b), await from([1, 2, 3]).reduce((a, b) => a + b, 10));
  const seen = [];
  await from(['a', 'b']).forEach((x) => { seen.push(x); });
  console.log(seen);

  const order = [];
  const delays = [30, 1, 15];
  const res = await from([0, 1, 2]).map(async (i) => {
    order.push(`start ${i}`);
    await new Promise((r) => setTimeout(r, delays[i]));
    order.push(`end ${i}`);
    return i;
  }, { concurrency: 3 }).toArray();
  console.log(res, order.slice(0, 3));

  const mapped = from([1]).map((x) => x);
  console.log(mapped instanceof Readable, mapped.readableObjectMode);

  try {
    await from([]).reduce((a, b) => a + b);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  for (const [name, args] of [['map', [5]], ['filter', [null]], ['drop', [-1]], ['map', [(x) => x, { concurrency: 0 }]],
    ['map', [(x) => x, 5]], ['take', [1, { signal: 'x' }]]]) {
    try {
      from([1])[name](...args);
      console.log(name, 'no throw');
    } catch (e) {
      console.log(name, e.code, e.message);
    }
  }
  for (const [name, args] of [['forEach', [1]], ['reduce', [1]], ['toArray', [5]], ['some', ['x']]]) {
    try {
      await from([1])[name](...args);
    } catch (e) {
      console.log(name, 'rejects', e.code, e.message);
    }
  }
  try {
    await from([1, 2]).map((x) => { throw new Error(`map threw ${x}`); }).toArray();
  } catch (e) {
    console.log(e.message);
  }
  const ac = new AbortController();
  ac.abort();
  try {
    await from([1]).toArray({ signal: ac.signal });
  } catch (e) {
    console.log('aborted toArray', e.name);
  }
  console.log(['drop', 'filter', 'flatMap', 'map', 'take', 'every', 'forEach', 'reduce', 'toArray', 'some', 'find']
    .map((k) => `${k}/${Readable.prototype[k].length}/${Object.getOwnPropertyDescriptor(Readable.prototype, k).enumerable}`).join(' '));
  try {
    new Readable.prototype.map(() => {});
  } catch (e) {
    console.log(e.code, e.message);
  }
}
main();
