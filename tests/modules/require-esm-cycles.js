// require(esm) cycles: Node's ERR_REQUIRE_CYCLE_MODULE messages for each way
// into the cycle.
const path = require('path');
const dir = path.join(__dirname, 'fixtures', 'm2', 'cycle');
const show = (e) => console.log(e.code, e.message.split(dir).join('<dir>'));
try {
  require('./fixtures/m2/cycle/require-a.cjs');
} catch (e) {
  show(e);
}
try {
  require('./fixtures/m2/cycle/require-d.cjs');
} catch (e) {
  show(e);
}
