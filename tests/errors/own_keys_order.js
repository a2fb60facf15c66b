'use strict';
// Own property order of errors made by core APIs (as Object.getOwnPropertyNames
// and util.inspect with showHidden see them): `stack` first, as V8 captures it.
const util = require('util');
function capture(fn) { try { fn(); } catch (e) { return e; } return null; }
const cases = {
  functionMessage: () => util.promisify(1),
  outOfRange: () => util.getSystemErrorName(1.5),
  templateMessage: () => new TextDecoder('nope'),
  invalidThis: () => TextEncoder.prototype.encode.call({}),
  positional: () => util.parseArgs({ args: ['x'], options: {} }),
  unknownOption: () => util.parseArgs({ args: ['--x'], options: {} }),
  decodeFatal: () => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])),
  cloneOptions: () => structuredClone(1, 5),
  dataClone: () => structuredClone(Symbol('s')),
  domexceptionThis: () => Object.getOwnPropertyDescriptor(DOMException.prototype, 'code').get.call({}),
  enoent: () => require('fs').readFileSync('does-not-exist.txt'),
  unhandled: () => new (require('events'))().emit('error', 'boom'),
};
for (const [label, fn] of Object.entries(cases)) {
  const e = capture(fn);
  console.log(label, Object.getOwnPropertyNames(e), Object.keys(e));
}
const ac = new AbortController();
ac.abort();
require('timers/promises').setTimeout(1, null, { signal: ac.signal }).catch((e) => {
  console.log('abortError', Object.getOwnPropertyNames(e), Object.keys(e));
});
