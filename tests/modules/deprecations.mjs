// Deprecation warnings of module loading: DEP0128 (invalid "main" with an
// index fallback), DEP0151 (ES module main found by guessing the extension)
// and DEP0144 (module.parent, with --pending-deprecation).
import { createRequire } from 'node:module';
import path from 'node:path';

const dir = path.dirname(new URL(import.meta.url).pathname);
process.on('warning', (w) => {
  console.log(w.name, w.code, w.message.split(dir).join('.'));
});
const require = createRequire(import.meta.url);
console.log(require('dep-bad-main'));
console.log((await import('dep-main-guess')).default);
const m = require('./fixtures/m2/parent-probe.cjs');
console.log(m.parentIsNull);
