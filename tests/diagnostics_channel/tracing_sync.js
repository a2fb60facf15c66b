// tracingChannel().traceSync: start/end around the call, error on a throw,
// the shared context object, and no events without subscribers.
const dc = require('diagnostics_channel');

const tc = dc.tracingChannel('sync-op');
console.log(tc.start.name, tc.end.name, tc.asyncStart.name, tc.asyncEnd.name, tc.error.name);
console.log(Object.getOwnPropertyNames(tc).join(','), Object.keys(tc).length, tc.hasSubscribers);
console.log(tc.start === dc.channel('tracing:sync-op:start'));

console.log('no subscribers:', tc.traceSync((x) => x * 2, { id: 0 }, null, 21));

const events = [];
const handlers = {
  start: (ctx) => events.push(`start ${JSON.stringify(ctx)}`),
  end: (ctx) => events.push(`end ${JSON.stringify(ctx)}`),
  asyncStart: (ctx) => events.push(`asyncStart ${JSON.stringify(ctx)}`),
  asyncEnd: (ctx) => events.push(`asyncEnd ${JSON.stringify(ctx)}`),
  error: (ctx) => events.push(`error ${ctx.error.message}`),
};
tc.subscribe(handlers);
console.log(tc.hasSubscribers);
const r = tc.traceSync(function(a, b) { return [this.name, a + b]; }, { id: 1 }, { name: 'self' }, 1, 2);
console.log(r);
try {
  tc.traceSync(() => { throw new Error('sync failure'); }, { id: 2 });
} catch (e) {
  console.log('caught', e.message);
}
tc.traceSync(() => 'no context given');
console.log(events.join('\n'));
console.log(tc.unsubscribe(handlers), tc.unsubscribe(handlers), tc.hasSubscribers);

// Only some handlers; unsubscribe reports whether all given ones were removed.
const only = { end: (ctx) => console.log('only end', ctx.result) };
tc.subscribe(only);
tc.traceSync(() => 'partial');
console.log(tc.unsubscribe({ end: only.end, start: () => {} }));

// A tracing channel built from existing channels.
const chans = {
  start: dc.channel('s'), end: dc.channel('e'), asyncStart: dc.channel('as'),
  asyncEnd: dc.channel('ae'), error: dc.channel('er'),
};
const custom = dc.tracingChannel(chans);
console.log(custom.start === chans.start, custom.error === chans.error);
chans.start.subscribe((ctx) => console.log('custom start', ctx.n));
custom.traceSync(() => {}, { n: 7 });
