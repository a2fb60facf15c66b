// deepEqual (loose) versus deepStrictEqual verdicts on the usual suspects.
const assert = require('assert');

const pairs = [
  [1, '1'], [0, false], [null, undefined], [NaN, NaN], [0, -0],
  [[1, 2], ['1', '2']], [{ a: 1 }, { a: '1' }], [{ a: undefined }, {}],
  [[1, , 3], [1, undefined, 3]], [new Set([1]), new Set(['1'])],
  [new Map([[1, 'a']]), new Map([['1', 'a']])], [new Date(0), new Date(0)],
  [new Date(0), 0], [/a/g, /a/g], [/a/g, /a/], [new Number(1), new Number(1)],
  [new Number(1), 1], [Object.create(null), {}], [[], {}], [Buffer.from('a'), new Uint8Array([97])],
  [new Error('a'), new Error('a')], [new Error('a'), new TypeError('a')],
  [{ [Symbol.for('s')]: 1 }, {}], [[1, 2, 3], [1, 2, 3]], [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }],
  [new Float32Array([0]), new Float32Array([-0])], [new Uint8Array([1]), new Int8Array([1])],
];
for (const [a, b] of pairs) {
  const verdicts = [];
  for (const m of ['deepEqual', 'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual']) {
    try {
      assert[m](a, b);
      verdicts.push(`${m}:ok`);
    } catch (e) {
      verdicts.push(`${m}:${e.code}`);
    }
  }
  console.log(verdicts.join(' '));
}
