'use strict';
// ERR_INVALID_ARG_TYPE messages from several core APIs ("Received ..." rules).
const util = require('util');
const EventEmitter = require('events');
const path = require('path');
function t(fn) {
  try { fn(); console.log('no error'); } catch (e) { console.log(e.name, e.code, '|', e.message); }
}
class Foo {}
const values = [1, -0, NaN, 10n, 'a string', 'a'.repeat(40), "it's", true, Symbol('s'), null, undefined,
  {}, [], new Foo(), Object.create(null), function named() {}, () => {}, new Map(), /re/, new Date(0)];
for (const v of values) t(() => util.promisify(v));
t(() => new EventEmitter().on('x', 1));
t(() => new EventEmitter().setMaxListeners('x'));
t(() => path.join('a', 1));
t(() => path.basename({}));
t(() => util.inherits(function() {}, { prototype: undefined }));
t(() => util.types.isDate());
t(() => new TextEncoder().encodeInto('a', 'b'));
t(() => util.parseArgs({ args: [], options: { a: { type: 'string', default: 5 } } }));
t(() => util.styleText('red', 'x', { validateStream: 1 }));
