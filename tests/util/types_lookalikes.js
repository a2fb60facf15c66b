'use strict';
// util.types brand checks on look-alikes: swapped prototypes, own
// Symbol.toStringTag values, subclasses and proxies (whose traps never run).
const { types } = require('util');
let trapCalls = 0;
const tagged = (obj, tag) => Object.defineProperty(obj, Symbol.toStringTag, { value: tag });
const values = {
  dateNullProto: Object.setPrototypeOf(new Date(0), null),
  numberNullProto: Object.setPrototypeOf(new Number(1), null),
  dateTaggedX: tagged(new Date(0), 'X'),
  stringTaggedY: tagged(new String('s'), 'Y'),
  fakeDateTag: { [Symbol.toStringTag]: 'Date' },
  fakeRegExpTag: { [Symbol.toStringTag]: 'RegExp' },
  fakeNumberTag: { [Symbol.toStringTag]: 'Number' },
  regexpProtoObject: Object.create(RegExp.prototype),
  regexpPrototype: RegExp.prototype,
  dateProxy: new Proxy(new Date(), {}),
  regexpProxy: new Proxy(/x/, {}),
  regexpAsDate: Object.setPrototypeOf(/x/, Date.prototype),
  dateAsRegExp: Object.setPrototypeOf(new Date(), RegExp.prototype),
  mapNullProto: Object.setPrototypeOf(new Map(), null),
  setAsMap: Object.setPrototypeOf(new Set(), Map.prototype),
  booleanAsArray: Object.setPrototypeOf(new Boolean(false), Array.prototype),
  dateSubclass: new (class extends Date {})(),
  regexpSubclass: new (class extends RegExp {})('a'),
  bufferTaggedDate: tagged(new Uint8Array(1), 'Date'),
  errorTaggedDate: tagged(new Error('e'), 'Date'),
  trapped: new Proxy({}, { get() { trapCalls++; }, getPrototypeOf() { trapCalls++; return null; } }),
};
const checks = ['isDate', 'isRegExp', 'isNumberObject', 'isStringObject', 'isBooleanObject',
  'isBoxedPrimitive', 'isMap', 'isSet', 'isNativeError', 'isTypedArray', 'isProxy'];
for (const [name, v] of Object.entries(values)) {
  console.log(name.padEnd(18), checks.filter((k) => types[k](v)).join(' ') || '-');
}
console.log('trap calls', trapCalls);
