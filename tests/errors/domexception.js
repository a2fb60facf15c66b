'use strict';
// DOMException: names, messages, legacy codes, toString, stack header, property layout.
const util = require('util');
const e = new DOMException('msg', 'DataCloneError');
console.log(e.name, e.message, e.code, String(e), Object.prototype.toString.call(e));
console.log(e instanceof DOMException, e instanceof Error, util.types.isNativeError(e));
console.log(Object.keys(e), Object.getOwnPropertyNames(e));
console.log(e.stack.split('\n')[0]);
const d = new DOMException();
console.log(JSON.stringify([d.name, d.message, d.code, String(d)]));
console.log(d.stack.split('\n')[0]);
for (const opts of [undefined, null, 5, 'AbortError', {}, { name: 'TimeoutError' }, { name: 'X', cause: 'why' }]) {
  const x = new DOMException('m', opts);
  console.log(JSON.stringify(x.name), x.code, 'cause' in x, x.cause);
}
try { new DOMException('x', { name: Symbol('s') }); } catch (err) { console.log(err.name); }
const getters = ['name', 'message', 'code'];
for (const g of getters) {
  const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, g);
  console.log(g, typeof desc.get, desc.set, desc.enumerable, desc.configurable);
  try { desc.get.call({}); } catch (err) { console.log(String(err), '|', err.code, '|', err.stack.split('\n')[0]); }
}
console.log(DOMException.length, DOMException.name, Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
try { DOMException(); } catch (err) { console.log(err.name); }
class Sub extends DOMException {
  constructor() { super('sub message', 'NotFoundError'); }
}
const s = new Sub();
console.log(s.name, s.code, s.message, s instanceof DOMException, String(s));
