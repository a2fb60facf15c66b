// --trace-require-module=all: an ExperimentalWarning for each require() of an
// ES module.
process.on('warning', (w) => console.log(w.name, w.message.split(__dirname).join('.')));
require('./fixtures/m2/esm-for-trace.mjs');
