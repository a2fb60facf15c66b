// The global `console` object: Console.prototype's methods bound to one plain
// object whose streams are process.stdout/process.stderr, looked up on first
// write (the runtime may create them lazily).

const {
  Console,
  kBindStreamsLazy,
  kBindProperties,
} = require('internal/console/constructor');

// Not a Console instance (so it has no Console-specific prototype), but
// `console instanceof Console` still holds through Symbol.hasInstance.
const globalConsole = { __proto__: {} };

for (const prop of Reflect.ownKeys(Console.prototype)) {
  if (prop === 'constructor') { continue; }
  const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, prop);
  if (typeof desc.value === 'function') {
    desc.value = desc.value.bind(globalConsole);
    Reflect.defineProperty(desc.value, 'name', { __proto__: null, value: prop });
  }
  Reflect.defineProperty(globalConsole, prop, desc);
}

globalConsole[kBindStreamsLazy]({
  get stdout() { return require('internal/process/stdio').consoleStream('stdout'); },
  get stderr() { return require('internal/process/stdio').consoleStream('stderr'); },
});
globalConsole[kBindProperties](true, 'auto');

globalConsole.Console = Console;

// Inspector-only methods: without an inspector they do nothing.
function profile() {}
function profileEnd() {}
function timeStamp() {}
function context(name) {
  const ctx = {};
  for (const key of Object.keys(Console.prototype)) {
    ctx[key] = { [key]() {} }[key];
  }
  return ctx;
}
function createTask(name) {
  return {
    run(fn, ...args) {
      return Reflect.apply(fn, undefined, args);
    },
  };
}
globalConsole.profile = profile;
globalConsole.profileEnd = profileEnd;
globalConsole.timeStamp = timeStamp;
globalConsole.context = context;
globalConsole.createTask = createTask;

module.exports = globalConsole;
