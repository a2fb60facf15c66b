// Modules imported by register() hooks are separate instances from the
// program's; builtins are shared.
import { register } from 'node:module';
import fs from 'node:fs';

register('./fixtures/m2/realm/counting-hooks.mjs', import.meta.url);
const { default: next } = await import('./fixtures/m2/realm/counter.mjs');
console.log(next(), next());
console.log((await import('node:fs')).default === fs);
