// An imported CommonJS module that something require()s first: the import
// sees module.exports as they were when it finished running.
import value from './fixtures/m2/snapshot/main.mjs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
console.log(value, require('./fixtures/m2/snapshot/value.cjs'));
