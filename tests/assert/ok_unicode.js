// Non-ASCII text before the failing call on the same line (the engine may
// count columns differently from V8) still quotes the right call.
const assert = require('assert');
const ä = assert;
function show(fn) {
  try {
    fn();
  } catch (e) {
    console.log(JSON.stringify(e.message));
  }
}
show(() => { const s = '😀€ä'; assert.ok(s === 'x'); });
show(() => { const s = 'ää'; ä.ok(s.length === 3, undefined); });
show(() => ['€€€'].forEach((x) => assert(x.length === 1)));
show(() => { /* ünïcödé 𝒳 */ ä(false); });
show(() => ä.strict.ok('€' === '😀'));
