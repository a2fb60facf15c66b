// Argument validation of require() and module.require().
for (const arg of ['', 1, undefined, null, {}]) {
  try {
    require(arg);
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
try {
  module.require(2);
} catch (e) {
  console.log(e.code, e.message);
}
