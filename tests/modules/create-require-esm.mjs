// createRequire(import.meta.url) inside an ES module.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log(require('./fixtures/ext'));
console.log(require('exp-cond').kind);
const data = require('./fixtures/data.json');
console.log(data.name);
console.log(typeof require.resolve, require.main);
try {
  require('./nope');
} catch (e) {
  console.log(e.code, e.message.split(import.meta.dirname).join('<dir>'));
}
