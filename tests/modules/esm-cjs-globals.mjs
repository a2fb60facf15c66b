// A CommonJS global used in an ES entry point: Node's explanation is added.
process.on('uncaughtException', (e, origin) => {
  console.log(origin, e.name, e.message);
});
console.log(typeof __filename);
module.exports = {};
