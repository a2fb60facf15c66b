'use strict';
// The AbortError class (reached through a rejected timers/promises call):
// message coercion, `cause`, options validation and own properties.
const ac = new AbortController();
ac.abort();
require('timers/promises').setTimeout(1, null, { signal: ac.signal }).catch((err) => {
  const AbortError = err.constructor;
  console.log(AbortError.name, err.name, err.code, err.message, err.cause && err.cause.name);
  for (const args of [[], ['m'], [undefined, { cause: 2 }], [null], [42, {}], ['y', { cause: undefined }],
    ['z', null], ['w', []], ['v', Object.assign([], { cause: 'arr' })]]) {
    const e = new AbortError(...args);
    console.log(JSON.stringify(args), Object.getOwnPropertyNames(e), e.message, 'cause' in e, e.cause,
                String(e), e.stack.split('\n')[0], e instanceof Error);
  }
  for (const bad of [5, 'str', () => {}, true]) {
    try { new AbortError('m', bad); } catch (e) { console.log(e.name, e.code, e.message); }
  }
});
