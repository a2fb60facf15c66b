// Stack frame positions as V8 reports them: `new` for the frame that built the
// error, the callee's name for calling frames (also across lines), no frames for
// Function.prototype.call/apply, and built-ins named by their receiver type.
'use strict';

function frames(err) {
  return err.stack.split('\n').slice(1)
    .filter((l) => !l.includes('node:'))
    .map((l) => l.replace(__filename, 'FILE'))
    .join('\n');
}

function thrower() { throw new Error('boom'); }
function a() { thrower(); }
function b(x, y) { return a(x + y); }
function c() {
  return   b  ( 1, 'two;' );
}
try { c(); } catch (e) { console.log(frames(e)); }

function viaCall() { return thrower.call(null, 1); }
try { viaCall(); } catch (e) { console.log(frames(e)); }

try { Reflect.apply(thrower, null, []); } catch (e) { console.log(frames(e)); }

try {
  [1, 2].map(function mapper(v) {
    return a(v);
  });
} catch (e) { console.log(frames(e)); }

try {
  b(
    1,
    2);
} catch (e) { console.log(frames(e)); }

class K { constructor(v) { if (v) throw new TypeError('k'); } }
function makeK() { return new K(1); }
try { makeK(); } catch (e) { console.log(frames(e)); }

try { [3].forEach(function each(v) { a(v); }); } catch (e) { console.log(frames(e)); }

// Error.prepareStackTrace sees the same frames and positions.
Error.prepareStackTrace = (err, sites) => sites
  .filter((s) => s.getFileName() === __filename)
  .map((s) => `${s.getFunctionName()}:${s.getLineNumber()}:${s.getColumnNumber()}`)
  .join(' ');
try { c(); } catch (e) { console.log(e.stack); }
