'use strict';
// util.getCallSites: shape, frame count and validation.
const util = require('util');
function outer() { return inner(); }
function inner() { return util.getCallSites(2); }
const sites = outer();
console.log(sites.length, sites.map((s) => s.functionName));
console.log(Object.keys(sites[0]));
console.log(typeof sites[0].scriptName, typeof sites[0].lineNumber, sites[0].column === sites[0].columnNumber);
for (const bad of ['x', 0, 201, 1.5]) {
  try { util.getCallSites(bad); } catch (e) { console.log(e.code, e.message); }
}
