'use strict';
// util.types brand checks: real values vs look-alikes with Symbol.toStringTag or swapped prototypes.
const { types } = require('util');

function fake(tag, proto) {
  const o = Object.create(proto || Object.prototype);
  Object.defineProperty(o, Symbol.toStringTag, { value: tag });
  return o;
}

const values = {
  map: new Map(),
  fakeMap: fake('Map', Map.prototype),
  set: new Set(),
  fakeSet: fake('Set', Set.prototype),
  weakMap: new WeakMap(),
  weakSet: new WeakSet(),
  date: new Date(0),
  fakeDate: fake('Date', Date.prototype),
  regexp: /x/g,
  regexpProto: RegExp.prototype,
  fakeRegExp: fake('RegExp', RegExp.prototype),
  error: new TypeError('x'),
  fakeError: fake('Error', Error.prototype),
  errorNoProto: Object.setPrototypeOf(new Error('x'), null),
  promise: Promise.resolve(1),
  thenable: { then() {} },
  proxy: new Proxy({}, {}),
  arrayBuffer: new ArrayBuffer(1),
  sharedArrayBuffer: new SharedArrayBuffer(1),
  dataView: new DataView(new ArrayBuffer(1)),
  uint8: new Uint8Array(1),
  fakeUint8: fake('Uint8Array', Uint8Array.prototype),
  buffer: Buffer.from('a'),
  float64: new Float64Array(1),
  bigInt64: new BigInt64Array(1),
  numberObject: new Number(1),
  stringObject: new String('s'),
  booleanObject: new Boolean(true),
  bigIntObject: Object(1n),
  symbolObject: Object(Symbol('s')),
  number: 1,
  string: 's',
  args: (function() { return arguments; })(),
  fakeArgs: fake('Arguments'),
  asyncFn: async function() {},
  asyncArrow: async () => {},
  genFn: function* () {},
  asyncGenFn: async function* () {},
  plainFn: function() {},
  genObj: (function* () {})(),
  asyncGenObj: (async function* () {})(),
  mapIter: new Map().keys(),
  setIter: new Set().values(),
  arrayIter: [].values(),
  fakeMapIter: fake('Map Iterator'),
  nullValue: null,
};

const checks = Object.keys(types).filter((k) => k !== 'isExternal' && k !== 'isKeyObject' && k !== 'isCryptoKey').sort();
for (const [name, value] of Object.entries(values)) {
  const hits = checks.filter((c) => types[c](value));
  console.log(name.padEnd(18), hits.join(' ') || '-');
}
console.log(types.isExternal({}), types.isKeyObject({}), types.isCryptoKey({}));
console.log(types.isUint8Array.name, typeof types.isFloat16Array);
