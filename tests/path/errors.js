// Argument validation errors from path functions.
'use strict';
const path = require('path');

function t(label, fn) {
  try {
    console.log(label, 'ok', JSON.stringify(fn()));
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

for (const flavor of ['posix', 'win32']) {
  const p = path[flavor];
  for (const bad of [1, null, undefined, {}, true]) {
    const b = JSON.stringify(bad) ?? 'undefined';
    t(`${flavor}.normalize(${b})`, () => p.normalize(bad));
    t(`${flavor}.basename(${b})`, () => p.basename(bad));
    t(`${flavor}.basename('a', ${b})`, () => p.basename('a', bad));
    t(`${flavor}.join('a', ${b})`, () => p.join('a', bad));
    t(`${flavor}.resolve('a', ${b})`, () => p.resolve('a', bad));
    t(`${flavor}.relative(${b}, 'a')`, () => p.relative(bad, 'a'));
    t(`${flavor}.relative('a', ${b})`, () => p.relative('a', bad));
    t(`${flavor}.format(${b})`, () => p.format(bad));
    t(`${flavor}.parse(${b})`, () => p.parse(bad));
    t(`${flavor}.toNamespacedPath(${b})`, () => p.toNamespacedPath(bad));
  }
  // resolve stops at the first absolute path from the right: earlier
  // arguments are not validated.
  t(`${flavor}.resolve(1, '/abs')`, () => p.resolve(1, '/abs'));
  t(`${flavor}.format([])`, () => p.format([]));
}
