// assert.CallTracker (deprecated): counts calls of wrapped functions and
// verify() reports the ones called a wrong number of times.
const assert = require('assert');

process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));

function summary(report) {
  return report.map(({ message, actual, expected, operator, stack }) =>
    ({ message, actual, expected, operator, stack: stack instanceof Error }));
}

const tracker = new assert.CallTracker();
function foo(a, b) { return a + b; }
const callsFoo = tracker.calls(foo, 2);
console.log(callsFoo(1, 2), callsFoo.name, callsFoo.length, callsFoo !== foo);
console.log(tracker.getCalls(callsFoo));
console.log(summary(tracker.report()));
try {
  tracker.verify();
} catch (e) {
  console.log(e.name, e.code, JSON.stringify(e.message), e.generatedMessage);
  console.log(Object.keys(e).join(','), e['operator 0'], e['actual 0'], e['expected 0']);
}
callsFoo.call('this', 3, 4);
console.log(tracker.getCalls(callsFoo));
tracker.verify();
console.log('verified');

const anon = tracker.calls();
console.log(summary(tracker.report()));
anon();
anon();
try {
  tracker.verify();
} catch (e) {
  console.log(JSON.stringify(e.message));
}
tracker.reset(anon);
console.log(tracker.getCalls(anon));
const other = tracker.calls(function bar() {}, 3);
try {
  tracker.verify();
} catch (e) {
  console.log(JSON.stringify(e.message), Object.keys(e).filter((k) => k.startsWith('message ')).length);
}
tracker.reset();
console.log(tracker.getCalls(callsFoo), tracker.getCalls(other));

for (const [label, fn] of [
  ['getCalls untracked', () => tracker.getCalls(foo)],
  ['reset untracked', () => tracker.reset(foo)],
  ['bad expected', () => tracker.calls(foo, 'x')],
  ['negative expected', () => tracker.calls(foo, -1)],
]) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, e.code, e.message);
  }
}
const numberOnly = tracker.calls(2);
console.log(typeof numberOnly, summary(tracker.report()).map((r) => r.message));
