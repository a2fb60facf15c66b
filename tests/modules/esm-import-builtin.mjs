// Builtins imported as ES modules: default export plus named exports.
import fs, { readFileSync } from 'fs';
import * as pathNs from 'node:path';
import path, { join, sep } from 'path';
import { EventEmitter } from 'node:events';
import events from 'events';
import * as mod from 'node:module';
console.log(fs.readFileSync === readFileSync, typeof readFileSync);
console.log(pathNs.default === path, pathNs.join === join, sep);
console.log(join('a', 'b'));
console.log(EventEmitter === events, typeof events.once);
console.log('module.exports' in pathNs, 'default' in pathNs);
console.log(typeof mod.createRequire, typeof mod.default, mod.default.builtinModules === mod.builtinModules);
const ns2 = await import('node:path');
console.log(ns2 === pathNs);
try {
  await import('node:not-a-builtin');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  await import('test');
} catch (e) {
  console.log(e.code, e.message.split(import.meta.dirname).join('<dir>'));
}
