// Many generated pairs of nested values (fixed seed): every assertion's
// verdict and message, to exercise the line diff on varied shapes.
const assert = require('assert');

let seed = 20240601;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
function value(depth) {
  switch (rnd(depth > 2 ? 4 : 7)) {
    case 0: return rnd(5);
    case 1: return ['a', 'b', 'c\nd', 'x'.repeat(rnd(30))][rnd(4)];
    case 2: return rnd(2) === 0;
    case 3: return null;
    case 4: {
      const a = [];
      for (let i = rnd(6); i > 0; i--) a.push(value(depth + 1));
      return a;
    }
    case 5: {
      const o = {};
      for (let i = rnd(5); i > 0; i--) o[`k${rnd(6)}`] = value(depth + 1);
      return o;
    }
    default: {
      const a = [];
      for (let i = rnd(40); i > 0; i--) a.push(rnd(3));
      return a;
    }
  }
}
function mutate(v, depth) {
  if (Array.isArray(v)) {
    const a = v.slice();
    const op = rnd(3);
    if (op === 0 && a.length) a.splice(rnd(a.length), 1);
    else if (op === 1) a.splice(rnd(a.length + 1), 0, value(depth + 1));
    else if (a.length) {
      const i = rnd(a.length);
      a[i] = mutate(a[i], depth + 1);
    }
    return a;
  }
  if (v && typeof v === 'object') {
    const o = { ...v };
    const keys = Object.keys(o);
    if (keys.length && rnd(2)) {
      const k = keys[rnd(keys.length)];
      o[k] = mutate(o[k], depth + 1);
    } else {
      o[`k${rnd(6)}`] = value(depth + 1);
    }
    return o;
  }
  return value(depth);
}

const methods = ['deepStrictEqual', 'strictEqual', 'deepEqual', 'notDeepStrictEqual',
                 'partialDeepStrictEqual', 'notStrictEqual', 'equal'];
for (let i = 0; i < 120; i++) {
  const a = value(0);
  const b = rnd(4) === 0 ? value(0) : mutate(a, 0);
  for (const m of methods) {
    try {
      assert[m](a, b);
      console.log(i, m, 'pass');
    } catch (e) {
      console.log(i, m, JSON.stringify(e.message));
    }
  }
}
