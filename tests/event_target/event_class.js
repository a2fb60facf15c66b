// Event: properties, constants, options, prototype shape.
'use strict';

const e = new Event('foo');
console.log(e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.eventPhase,
            e.target, e.currentTarget, e.srcElement, e.returnValue, e.cancelBubble,
            e.composedPath(), e.isTrusted, typeof e.timeStamp);
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
console.log(Object.prototype.toString.call(e), String(e), e.constructor === Event);
console.log(Object.keys(Event.prototype));
console.log(Object.keys(e), Object.getOwnPropertyNames(e));
for (const k of ['NONE', 'AT_TARGET']) {
  const d = Object.getOwnPropertyDescriptor(Event, k);
  console.log(k, d.writable, d.enumerable, d.configurable);
}
const d = Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted');
console.log('isTrusted', typeof d.get, d.enumerable, d.configurable);
console.log(Event.length, Event.name, typeof Event.prototype.initEvent);

const opts = new Event('bar', { bubbles: 1, cancelable: 'yes', composed: {} });
console.log(opts.bubbles, opts.cancelable, opts.composed);

// preventDefault only matters for cancelable events.
const c = new Event('c', { cancelable: true });
c.preventDefault();
console.log(c.defaultPrevented, c.returnValue);
const nc = new Event('nc');
nc.preventDefault();
console.log(nc.defaultPrevented, nc.returnValue);
const rv = new Event('rv', { cancelable: true });
rv.returnValue = true;
console.log(rv.defaultPrevented);
rv.returnValue = false;
console.log(rv.defaultPrevented);

// cancelBubble and stopPropagation
const sb = new Event('sb');
sb.cancelBubble = false;
console.log(sb.cancelBubble);
sb.cancelBubble = true;
console.log(sb.cancelBubble);
const sp = new Event('sp');
sp.stopPropagation();
console.log(sp.cancelBubble);
const si = new Event('si');
si.stopImmediatePropagation();
console.log(si.cancelBubble);

// initEvent
const ie = new Event('old');
ie.initEvent('new', true, true);
console.log(ie.type, ie.bubbles, ie.cancelable);

// Type conversion
console.log(new Event(undefined).type, new Event(null).type, new Event(12).type,
            new Event({ toString() { return 'obj'; } }).type);

// Getters read options once.
let reads = 0;
const counted = new Event('g', { get cancelable() { reads++; return true; } });
console.log(counted.cancelable, counted.cancelable, reads);

// Subclassing
class MyEvent extends Event {
  constructor() {
    super('mine');
    this.extra = true;
  }
}
const me = new MyEvent();
console.log(me.type, me.extra, me instanceof Event, Object.prototype.toString.call(me));
