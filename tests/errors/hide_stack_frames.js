'use strict';
// Errors thrown by core validators: the stack starts at the API the user
// called, with the user's own frames right below; no validator internals.
const util = require('util');
function frames(e) {
  return e.stack.split('\n').slice(1).map((l) => l.trim().replace(/^at (new )?/, '').replace(/ \(.*\)$|\s.*$/, ''));
}
function callPromisify() { util.promisify(1); }
function callStyle() { util.styleText('bogus', 'x'); }
function callEncoder() { new TextEncoder().encodeInto('a', []); }
function callAbort() { AbortSignal.timeout('x'); }
for (const fn of [callPromisify, callStyle, callEncoder, callAbort]) {
  try { fn(); } catch (e) {
    const f = frames(e);
    const mine = f.indexOf(fn.name);
    console.log(fn.name, e.code, mine, f.slice(0, mine).map((n) => n.replace(/^.*\./, '')));
    console.log(f.some((n) => /validate|hideStackFrames|NodeError|captureStack/.test(n)));
  }
}
