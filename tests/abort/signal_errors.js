// Errors from AbortController/AbortSignal.
'use strict';

function t(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

t('new AbortSignal()', () => new AbortSignal());
t('aborted getter on {}', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}));
t('reason getter on {}', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').get.call({}));
t('throwIfAborted on {}', () => AbortSignal.prototype.throwIfAborted.call({}));
t('onabort getter on {}', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort').get.call({}));
t('onabort getter name', () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort').get.name);
for (const d of [undefined, -1, 1.5, '1', 2 ** 32, NaN]) {
  t(`timeout(${String(d)})`, () => AbortSignal.timeout(d));
}
for (const v of [undefined, 1, 'ab', null, [1], [new AbortController().signal, {}], [{ aborted: false }], {}]) {
  t(`any(${JSON.stringify(v)})`, () => AbortSignal.any(v));
}
try {
  AbortSignal.any(1);
} catch (err) {
  console.log(Object.keys(err), err instanceof TypeError);
}
