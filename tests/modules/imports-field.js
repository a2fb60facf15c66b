// "imports" (#specifiers) resolved from a file inside the package.
const out = require('./fixtures/imports-pkg/src/main.js');
for (const line of out) console.log(line);
// Outside the package the #specifier is just not found.
try {
  require('#internal');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
