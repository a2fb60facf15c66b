'use strict';
// ERR_MISSING_ARGS (structuredClone with no arguments).
try { structuredClone(); } catch (e) {
  console.log(e.name, e.code);
  console.log(e.message);
  console.log(e.stack.split('\n')[0]);
}
console.log(structuredClone(undefined));
