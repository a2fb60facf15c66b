'use strict';
// util.promisify: resolution, rejection, custom symbol, property copying and errors.
const util = require('util');

function add(a, b, cb) { setTimeout(() => cb(null, a + b), 1); }
function fail(cb) { cb(new Error('boom')); }
function multi(cb) { cb(null, 1, 2, 3); }
function withThis(cb) { cb(null, this && this.tag); }
add.extra = 'copied';

const pAdd = util.promisify(add);
console.log(pAdd.name, pAdd.length, pAdd.extra, util.promisify(pAdd) === pAdd);
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));

function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('custom!');
console.log(util.promisify(custom) === custom[util.promisify.custom]);

for (const bad of [1, null, {}, 'str']) {
  try { util.promisify(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
const badCustom = function() {};
badCustom[util.promisify.custom] = 'nope';
try { util.promisify(badCustom); } catch (e) { console.log(e.name, e.code, e.message); }

(async () => {
  console.log(await pAdd(2, 3));
  try { await util.promisify(fail)(); } catch (e) { console.log('rejected', e.message); }
  console.log(await util.promisify(multi)());
  console.log(await util.promisify(withThis).call({ tag: 'bound' }));
  console.log(await util.promisify(custom)());
  const sleep = util.promisify(setTimeout);
  console.log(await sleep(1, 'slept'));
})();
