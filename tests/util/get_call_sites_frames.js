'use strict';
// util.getCallSites: function names of methods, constructors and anonymous
// functions, file name, line numbers and the options-object form.
const util = require('util');
const path = require('path');
const line = () => util.getCallSites(2)[1].lineNumber;
function show(sites) {
  return sites.map((s) => `${s.functionName || '(anon)'}@${path.basename(s.scriptName)}:${s.lineNumber}`);
}
const obj = { method() { return util.getCallSites(1); } };
class K { constructor() { this.sites = util.getCallSites(1); } static make() { return util.getCallSites(1); } }
const anon = (() => () => util.getCallSites(1))();
function named() { return util.getCallSites({}); }
console.log(show(obj.method()), show(new K().sites), show(K.make()), show(anon()));
const all = named();
console.log(all.length >= 2, show(all.slice(0, 1)), all[0].scriptName === __filename);
console.log(line(), typeof util.getCallSites()[0].scriptId);
function outer() { return inner(); }
function inner() { return util.getCallSites(3); }
console.log(show(outer()).slice(0, 2));
try { util.getCallSites(1, 5); } catch (e) { console.log(e.code, e.message); }
try { util.getCallSites(1, null); } catch (e) { console.log(e.code, e.message); }
