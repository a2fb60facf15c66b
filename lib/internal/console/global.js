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

// Console.prototype's methods bound to globalConsole, each named by its key
// (done natively: a descriptor object per method in JS cost start-up time). As
// Node's (V8's console methods wrap them), the string-keyed ones have length 0.
internalBinding('util').bindMethods(Console.prototype, globalConsole, 'constructor');

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
function createTask() {
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

// Last, as in Node (the key order shows in Object.keys(console)).
globalConsole[kBindStreamsLazy]({
  get stdout() { return require('internal/process/stdio').consoleStream('stdout'); },
  get stderr() { return require('internal/process/stdio').consoleStream('stderr'); },
});

module.exports = globalConsole;
