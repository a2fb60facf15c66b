// The global console: its own keys in order, each method named and of length 0 as
// in Node 24, symbol-keyed methods named "[description]", and detached calls work.
const out = [];
for (const k of Reflect.ownKeys(console)) {
  const d = Object.getOwnPropertyDescriptor(console, k);
  out.push(`${String(k)} ${typeof d.value} ${d.value && d.value.name !== undefined ? String(d.value.name) : ''} ${d.value && typeof d.value === 'function' ? d.value.length : ''} ${d.writable} ${d.enumerable} ${d.configurable} ${!!d.get}`);
}
console.log(out.join('\n'));
const { log } = console; log('detached works');
