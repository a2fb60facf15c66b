// A CommonJS global used in an ES module that also awaits at top level: the
// entry point fails with Node's "Cannot determine intended module format".
process.on('uncaughtException', (e, origin) => {
  console.log(origin, e.name, e.message);
});
await 1;
require('fs');
