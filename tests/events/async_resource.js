// EventEmitterAsyncResource: an EventEmitter with an async resource attached.
'use strict';
const { EventEmitterAsyncResource, EventEmitter } = require('events');

console.log(EventEmitterAsyncResource.name, Object.getPrototypeOf(EventEmitterAsyncResource) === EventEmitter);
console.log(Object.getOwnPropertyNames(EventEmitterAsyncResource.prototype));
const r = new EventEmitterAsyncResource({ name: 'Thing' });
console.log(r instanceof EventEmitter, typeof r.asyncId, typeof r.triggerAsyncId);
console.log(r.asyncResource.eventEmitter === r);
r.on('go', function (v) { console.log('go', v, this === r); });
console.log(r.emit('go', 1));
console.log(r);
try {
  new EventEmitterAsyncResource();
} catch (err) {
  console.log(err.code, err.message);
}
class Named extends EventEmitterAsyncResource {}
console.log(new Named() instanceof EventEmitter);
console.log(new EventEmitterAsyncResource('by-string').listenerCount('x'));
