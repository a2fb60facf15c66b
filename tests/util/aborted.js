'use strict';
// util.aborted resolves when the signal aborts; argument validation.
const util = require('util');
const ac = new AbortController();
const resource = {};
util.aborted(ac.signal, resource).then(() => console.log('aborted resolved', ac.signal.aborted));
setTimeout(() => { console.log('aborting'); ac.abort(); }, 2);
util.aborted(AbortSignal.abort(), {}).then((v) => console.log('already aborted ->', v));
util.aborted(undefined, {}).catch((e) => console.log('reject1', e.code, e.message));
util.aborted({}, {}).catch((e) => console.log('reject2', e.code, e.message));
util.aborted(ac.signal, 1).catch((e) => console.log('reject3', e.code, e.message));
console.log(util.aborted.length);
