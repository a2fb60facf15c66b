// A CommonJS module imported and required is the same instance; ES modules
// importing CommonJS, and CommonJS requiring ES modules, in one graph.
import { createRequire } from 'node:module';
import ext from './fixtures/ext.js';
import { fromCjs, cjsDefault } from './fixtures/esm/uses-cjs.mjs';
import * as named from './fixtures/esm/named.mjs';
const require = createRequire(import.meta.url);
console.log(ext, require('./fixtures/ext.js') === ext);
console.log(fromCjs, cjsDefault);
const required = require('./fixtures/esm/named.mjs');
console.log(required === named, required.default);
const key = require.resolve('./fixtures/ext.js');
console.log(require.cache[key].loaded, require.cache[key].parent);
console.log(typeof require, typeof module, typeof exports, typeof __filename, this);
console.log(process.mainModule);
