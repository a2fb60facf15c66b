// Shape of the events module: exports, descriptors, names and lengths.
'use strict';
const EventEmitter = require('events');

console.log(EventEmitter === require('node:events'), EventEmitter.EventEmitter === EventEmitter);
console.log(typeof EventEmitter, EventEmitter.name, EventEmitter.length);
console.log(Object.keys(EventEmitter));
for (const key of Reflect.ownKeys(EventEmitter)) {
  const d = Object.getOwnPropertyDescriptor(EventEmitter, key);
  const v = d.value;
  console.log(String(key), d.enumerable, d.configurable, 'value' in d ? d.writable : 'accessor',
              typeof v === 'function' ? `fn ${JSON.stringify(v.name)}/${v.length}` : typeof v);
}
console.log(Object.keys(EventEmitter.prototype));
for (const key of Object.keys(EventEmitter.prototype)) {
  const v = EventEmitter.prototype[key];
  if (typeof v === 'function') console.log(key, v.name, v.length);
  else console.log(key, v);
}
console.log(EventEmitter.prototype.on === EventEmitter.prototype.addListener,
            EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
console.log(EventEmitter.usingDomains, String(EventEmitter.errorMonitor), String(EventEmitter.captureRejectionSymbol));
console.log(typeof EventEmitter.kMaxEventTargetListeners, String(EventEmitter.kMaxEventTargetListeners));
console.log(EventEmitter.defaultMaxListeners, EventEmitter.captureRejections);
console.log(typeof EventEmitter.EventEmitterAsyncResource);
