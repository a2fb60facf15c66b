'use strict';
// util.inspect of Node errors: stack first, then the extra properties.
const util = require('util');
function capture(fn) { try { fn(); } catch (e) { return e; } return null; }
function show(e) {
  console.log(util.inspect(e).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n'));
}
show(capture(() => util.promisify('x')));
show(capture(() => util.getSystemErrorName(-1.5)));
show(capture(() => structuredClone(() => {})));
show(capture(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff]))));
const falsy = new Promise((resolve) => util.callbackify(() => Promise.reject(0))((err) => resolve(err)));
falsy.then((err) => show(err));
