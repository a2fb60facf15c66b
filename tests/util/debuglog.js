'use strict';
// util.debuglog / util.debug without NODE_DEBUG: disabled loggers, lazy callback.
const util = require('util');
console.log(util.debug === util.debuglog);
const log = util.debuglog('mysection', (fn) => console.log('callback called', typeof fn));
console.log(typeof log, log.enabled);
log('hello %s', 'world');
log('again');
const other = util.debuglog('other');
console.log(other.enabled);
other('nothing printed');
console.log('done');
