// A sync fs call that fails: Node's frames inside node:fs and its arrow.
const fs = require('fs');
console.log(fs.existsSync('/nonexistent-rode-test'));
fs.readFileSync('/nonexistent-rode-test/config.json');
