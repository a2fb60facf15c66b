// Re-exporting CommonJS bindings from an ES module.
import * as re from './fixtures/esm/reexport-cjs.mjs';
console.log(Object.keys(re).join(','));
console.log(re.alpha, re.renamedBeta, typeof re.cjs);
