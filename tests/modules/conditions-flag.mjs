// --conditions / -C add user conditions to both loaders ("node-addons" is a
// default one).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
console.log(require('cond-pkg'), (await import('cond-pkg')).default);
console.log(require('cond-pkg/addons'), (await import('cond-pkg/addons')).default);
console.log(import.meta.resolve('cond-pkg').split('/').pop());
