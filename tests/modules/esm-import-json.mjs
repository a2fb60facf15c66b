// JSON modules share their value with require.cache.
import data from './fixtures/data.json' with { type: 'json' };
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
console.log(data.name, data.list.length);
console.log(require('./fixtures/data.json') === data);
const ns = await import('./fixtures/data.json', { with: { type: 'json' } });
console.log(Object.keys(ns).join(','), ns.default === data);
try {
  await import('./fixtures/bad.json', { with: { type: 'json' } });
} catch (e) {
  console.log(e.name, e.message.startsWith(import.meta.dirname + '/fixtures/bad.json: '));
}
