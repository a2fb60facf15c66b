// String quoting and escaping rules.
const util = require('util');
const strings = ["it's", 'say "hi"', 'both \' and "', 'all \' " `', "all ' \" ` ${x}", 'tab\there',
  'nl\nhere', 'nul\0byte', 'bell\x07', 'del\x7f', 'c1\x85', 'back\\slash', 'emoji 😀', 'lone \ud83d',
  'lone \ude00 low', 'é ü ß', 'ctrl \x1b[31m', '\r\n', '\v\f\b'];
for (const s of strings) console.log(util.inspect(s));
console.log(util.inspect({ s: "it's" }), util.inspect(["'", '"']));
