// --import: ES modules loaded (and awaited) before the entry point.
console.log('main', globalThis.preloadOrder);
