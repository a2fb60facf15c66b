// An entry .js file without a package "type" that uses import/export runs as
// an ES module (with a MODULE_TYPELESS_PACKAGE_JSON warning on stderr).
import { basename } from 'node:path';
console.log(typeof require, typeof module, import.meta.main);
console.log(basename(import.meta.filename));
export const unused = 1;
