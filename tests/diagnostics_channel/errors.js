// Argument errors of diagnostics_channel.
const dc = require('diagnostics_channel');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

attempt('channel(5)', () => dc.channel(5));
attempt('channel({})', () => dc.channel({}));
attempt('subscribe(5)', () => dc.channel('x').subscribe(5));
attempt('dc.subscribe(name, 5)', () => dc.subscribe('x', 5));
attempt('tracingChannel(5)', () => dc.tracingChannel(5));
attempt('tracingChannel(null)', () => dc.tracingChannel(null));
attempt('tracingChannel bad member', () => dc.tracingChannel({
  start: 5, end: 1, asyncStart: 1, asyncEnd: 1, error: 1,
}));
attempt('traceCallback no callback', () => {
  const tc = dc.tracingChannel('cb-errors');
  tc.subscribe({ start() {} });
  return tc.traceCallback(() => {}, -1, {}, null, 'not a function');
});
attempt('traceCallback missing', () => {
  const tc = dc.tracingChannel('cb-errors');
  return tc.traceCallback(() => {}, 0, {}, null);
});
attempt('unsubscribe unknown', () => dc.channel('x').unsubscribe(() => {}));
attempt('unbindStore unknown', () => dc.channel('x').unbindStore({}));
