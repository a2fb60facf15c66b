// The quoted call keeps tabs but shows other control characters as escapes;
// CRLF line ends are not part of it.
const assert = require("assert");
function show(fn) {
  try {
    fn();
  } catch (e) {
    console.log(JSON.stringify(e.message));
  }
}
show(() => assert.ok(1 ===	2, undefined));
show(() => assert.ok('[31m' === 1));
show(() => assert.ok('' === 1));
show(() => assert.ok("é" === "€", undefined));
show(() => assert.ok(0))
