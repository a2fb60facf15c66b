// module.registerHooks(): synchronous resolve/load hooks for import() and
// import.meta.resolve, chaining, short circuits and Node's errors for bad
// results; deregister() removes them.
import { registerHooks } from 'node:module';

const seen = [];
const first = registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier.startsWith('virtual:')) {
      return { url: `virtual:${specifier.slice(8)}`, format: 'module', shortCircuit: true };
    }
    if (specifier === 'bad:no-short-circuit') return { url: 'virtual:x' };
    if (specifier === 'bad:url') return { url: 'not a url', shortCircuit: true };
    if (specifier === 'bad:format') return { url: 'virtual:y', format: 1, shortCircuit: true };
    return nextResolve(specifier, context);
  },
  load(url, context, nextLoad) {
    if (url.startsWith('virtual:')) {
      seen.push([url, context.format, Array.isArray(context.conditions)]);
      if (url === 'virtual:json') {
        return { format: 'json', source: '{"answer": 42}', shortCircuit: true };
      }
      if (url === 'virtual:bytes') {
        return { format: 'module', source: new TextEncoder().encode('export default "bytes"'),
                 shortCircuit: true };
      }
      if (url === 'virtual:nosource') return { format: 'module', shortCircuit: true };
      return { format: 'module', source: `export default ${JSON.stringify(url)};`,
               shortCircuit: true };
    }
    return nextLoad(url, context);
  },
});
console.log(Object.keys(first), typeof first.deregister);

const second = registerHooks({
  load(url, context, nextLoad) {
    const result = nextLoad(url, context);
    if (url === 'virtual:wrapped') {
      return { ...result, source: 'export default "changed by the second hook";' };
    }
    return result;
  },
});

console.log((await import('virtual:one')).default);
console.log((await import('virtual:wrapped')).default);
console.log((await import('virtual:bytes')).default);
console.log((await import('virtual:json', { with: { type: 'json' } })).default);
console.log(import.meta.resolve('virtual:resolved'));
console.log(seen);
for (const s of ['bad:no-short-circuit', 'bad:url', 'bad:format', 'virtual:nosource']) {
  try {
    await import(s);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
second.deregister();
first.deregister();
try {
  await import('virtual:gone');
} catch (e) {
  console.log(e.code);
}
for (const bad of [{ resolve: 1 }, { load: "x" }]) {
  try {
    registerHooks(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
