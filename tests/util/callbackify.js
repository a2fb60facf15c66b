'use strict';
// util.callbackify: results, rejections (incl. falsy ones), names and errors.
const util = require('util');

async function ok(a) { return a * 2; }
async function bad() { throw new TypeError('nope'); }
function falsy(v) { return Promise.reject(v); }

const cbOk = util.callbackify(ok);
console.log(cbOk.name, cbOk.length);
console.log(util.callbackify(bad).name, util.callbackify(falsy).length);

cbOk(21, (err, value) => console.log('ok:', err, value));
util.callbackify(bad)((err) => console.log('bad:', err.name, err.message));
for (const v of [null, 0, '', false, undefined]) {
  util.callbackify(falsy)(v, (err) => {
    console.log('falsy:', String(v), err.name, err.code, err.message, 'reason' in err, err.reason === v);
  });
}
try { util.callbackify(1); } catch (e) { console.log(e.name, e.code, e.message); }
try { cbOk(1, 2); } catch (e) { console.log(e.name, e.code, e.message); }
try { cbOk(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log('sync end');
