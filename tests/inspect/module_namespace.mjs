// Module namespace objects.
import * as ns from './fixtures/ns_module.mjs';
import util from 'util';
console.log(util.inspect(ns));
console.log(util.inspect({ ns }, { depth: 0 }));
console.log(util.inspect(ns, { colors: false, compact: false }));
