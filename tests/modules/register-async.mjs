// module.register(): hooks from a module (async ones too), initialize()
// receiving `data`, and the load chain changing a file's format.
import { register } from 'node:module';

register('./fixtures/m2/hooks/async-hooks.mjs', import.meta.url, { data: { prefix: 'hello' } });
console.log((await import('greeting:world')).default);
console.log((await import('./fixtures/m2/hooks/note.txt')).default);
try {
  register(42);
} catch (e) {
  console.log(e.code);
}
