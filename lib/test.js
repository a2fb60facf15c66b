// The `node:test` module (only reachable with the node: scheme): test/it,
// describe/suite, hooks, mock, and the skip/todo/only/expectFailure shorthands.
// Results are reported with the spec reporter (see internal/test_runner/harness).

const harness = require('internal/test_runner/harness');
const { Test, Suite } = harness;

harness.scheduleFlow();

let lazyMock;

// Names and lengths as in Node: shorthands and hooks are anonymous, and
// describe() is also a function named "test".
function makeRunner(Factory) {
  const runner = {
    test(name, options, fn) {
      return harness.register(Factory, name, options, fn);
    },
  }.test;
  for (const key of ['expectFailure', 'skip', 'todo', 'only']) {
    const overrides = { [key]: true };
    runner[key] = anonymous((name, options, fn) =>
      harness.register(Factory, name, options, fn, overrides));
  }
  return runner;
}

// Returning the arrow from a call keeps it nameless.
function anonymous(fn) {
  return fn;
}

const test = makeRunner(Test);
const describe = makeRunner(Suite);

function hook(type) {
  return anonymous((fn, options) => {
    harness.registerHook(type, fn, options);
  });
}

function run() {
  throw require('internal/not_implemented').notImplemented('run()');
}

const customAssert = {
  register(name, fn) {
    const { validateString, validateFunction } = require('internal/validators');
    validateString(name, 'name');
    validateFunction(fn, 'fn');
    require('internal/test_runner/test').state.customAssertions.set(name, fn);
  },
};

let lazySnapshot;

module.exports = test;

// The same keys, in the same order, as Node's export.
const exported = {
  after: hook('after'),
  afterEach: hook('afterEach'),
  before: hook('before'),
  beforeEach: hook('beforeEach'),
  describe,
  getTestContext: harness.getTestContext,
  it: test,
  run,
  suite: describe,
  test,
};
for (const key of Object.keys(exported)) {
  Object.defineProperty(test, key, {
    __proto__: null, value: exported[key], writable: true, enumerable: true, configurable: true,
  });
}
Object.defineProperty(test, 'mock', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (lazyMock === undefined) {
      const { MockTracker } = require('internal/test_runner/mock/mock');
      lazyMock = new MockTracker();
    }
    return lazyMock;
  },
});
Object.defineProperty(test, 'snapshot', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (lazySnapshot === undefined) {
      const { notImplemented } = require('internal/not_implemented');
      lazySnapshot = {
        setDefaultSnapshotSerializers() {
          throw notImplemented('snapshot.setDefaultSnapshotSerializers()');
        },
        setResolveSnapshotPath() {
          throw notImplemented('snapshot.setResolveSnapshotPath()');
        },
      };
    }
    return lazySnapshot;
  },
});
Object.defineProperty(test, 'assert', {
  __proto__: null, value: customAssert, writable: true, enumerable: true, configurable: true,
});
