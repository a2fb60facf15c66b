// util.stripVTControlCharacters.
const util = require('util');
const colored = util.inspect({ a: 1, b: 'x' }, { colors: true });
console.log(JSON.stringify(colored));
console.log(util.stripVTControlCharacters(colored));
console.log(JSON.stringify(util.stripVTControlCharacters('\u001b[1;31mbold red\u001b[0m \u001b]8;;http://example.com\u0007link\u001b]8;;\u0007 \u001b[2K\u001b[1G')));
try {
  util.stripVTControlCharacters(5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
