// The test tree of node:test: Test (a test function and its subtests), Suite
// (describe()), their hooks, TestContext/SuiteContext, and the bookkeeping the
// harness reports from. Everything runs sequentially (concurrency 1), as Node
// runs the tests of one file by default.

const {
  codes: {
    ERR_TEST_FAILURE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateNumber,
  validateObject,
  validateUint32,
} = require('internal/validators');

const kCancelledByParent = 'cancelledByParent';
const kParentAlreadyFinished = 'parentAlreadyFinished';
const kSubtestsFailed = 'subtestsFailed';
const kTestCodeFailure = 'testCodeFailure';
const kTestTimeoutFailure = 'testTimeoutFailure';
const kHookFailure = 'hookFailed';
const kCallbackAndPromisePresent = 'callbackAndPromisePresent';
const kMultipleCallbackInvocations = 'multipleCallbackInvocations';
const kUncaughtException = 'uncaughtException';
const kUnhandledRejection = 'unhandledRejection';
const kExpectedFailure = 'expectedFailure';
const kAborted = 'testAborted';

const TIMEOUT_MAX = 2 ** 31 - 1;

// Shared run state; the harness fills in `report` and the root.
const state = {
  root: null,
  // Suites whose describe() body is running synchronously (innermost last).
  building: [],
  // Suites whose async describe() body has not settled yet.
  asyncBuilding: [],
  // Tests and suites between start and finish, in start order.
  running: [],
  lastFinished: null,
  // Subtests created after their parent finished.
  late: [],
  report: null,
  customAssertions: new Map(),
};

function hrtimeNs() {
  return process.hrtime.bigint();
}

function isThenable(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function') &&
    typeof value.then === 'function';
}

function wrapError(err, failureType) {
  if (err !== null && typeof err === 'object' && err.code === 'ERR_TEST_FAILURE') return err;
  return new ERR_TEST_FAILURE(err, failureType);
}

// ---- where a test was declared --------------------------------------------------

function parseFrame(line) {
  let m = /\((.*):(\d+):(\d+)\)$/.exec(line);
  if (m === null) m = /at (.*):(\d+):(\d+)$/.exec(line);
  if (m === null) return undefined;
  return { file: m[1], line: +m[2], column: +m[3] };
}

// The first stack frame outside rode's own lib/ is the user's call.
function getCallerLocation() {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  const stack = new Error().stack;
  Error.stackTraceLimit = limit;
  if (typeof stack !== 'string') return undefined;
  const lines = stack.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const frame = parseFrame(lines[i]);
    if (frame === undefined) continue;
    if (frame.file.startsWith('node:') || frame.file === '<anonymous>' ||
        frame.file === 'native') {
      continue;
    }
    if (frame.file.startsWith('file://')) {
      try {
        frame.file = require('internal/url').fileURLToPath(frame.file);
      } catch {
        // Keep the URL as it is.
      }
    }
    return frame;
  }
  return undefined;
}

function formatLocation(loc) {
  if (loc === undefined) return undefined;
  const path = require('path');
  let file = loc.file;
  if (path.isAbsolute(file)) file = path.relative(process.cwd(), file);
  return `${file}:${loc.line}:${loc.column}`;
}

// ---- options ------------------------------------------------------------------

function directive(value) {
  return value === undefined || value === false || value === null ? undefined : value;
}

function validateTimeout(timeout, name) {
  if (timeout !== undefined && timeout !== Infinity) {
    validateNumber(timeout, name, 0, TIMEOUT_MAX);
  }
}

function validateConcurrency(concurrency) {
  if (concurrency !== undefined && concurrency !== null &&
      typeof concurrency !== 'boolean' && typeof concurrency !== 'number') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'], concurrency);
  }
}

// Runs fn as a test body or hook: promise- or callback-style, raced against
// the owner being stopped (timeout, uncaught error, cancellation).
function runUserFunction(owner, fn, thisArg, ctx, timeout) {
  // The timer starts before the function runs, so that a parent's timeout
  // fires before those of the subtests it starts.
  let timer;
  let timeoutPromise;
  if (timeout !== Infinity && timeout !== undefined) {
    timeoutPromise = new Promise((resolve, reject) => {
      timer = setTimeout(() => {
        reject(new ERR_TEST_FAILURE(`test timed out after ${timeout}ms`, kTestTimeoutFailure));
      }, timeout);
    });
    timeoutPromise.catch(() => {});
  }
  let result;
  try {
    if (fn.length >= 2) {
      result = new Promise((resolve, reject) => {
        let calls = 0;
        const done = (err) => {
          calls++;
          if (calls > 1) {
            owner.fail(new ERR_TEST_FAILURE('callback invoked multiple times',
                                            kMultipleCallbackInvocations));
            return;
          }
          if (err) reject(err);
          else resolve();
        };
        const ret = Reflect.apply(fn, thisArg, [ctx, done]);
        if (ret instanceof Promise) {
          ret.then(undefined, () => {});
          const err = new ERR_TEST_FAILURE('passed a callback but also returned a Promise',
                                           kCallbackAndPromisePresent);
          owner.fail(err);
          reject(err);
        }
      });
    } else {
      result = Reflect.apply(fn, thisArg, [ctx]);
    }
  } catch (err) {
    if (timer !== undefined) clearTimeout(timer);
    throw err;
  }
  if (!isThenable(result)) {
    if (timer !== undefined) clearTimeout(timer);
    return undefined;
  }
  const racers = [result, owner.stopPromise];
  if (timeoutPromise !== undefined) racers.push(timeoutPromise);
  const p = Promise.race(racers);
  if (timer === undefined) return p;
  return p.finally(() => clearTimeout(timer));
}

// ---- hooks ----------------------------------------------------------------------

class Hook {
  constructor(type, fn, options, loc) {
    this.type = type;
    this.fn = fn;
    this.timeout = options.timeout;
    this.loc = loc;
  }

  run(owner, thisArg, ctx) {
    if (typeof this.fn !== 'function') return undefined;
    return runUserFunction(owner, this.fn, thisArg, ctx, this.timeout);
  }
}

function validateHookOptions(options) {
  if (options === null || typeof options !== 'object') return {};
  validateTimeout(options.timeout, 'options.timeout');
  validateAbortSignal(options.signal, 'options.signal');
  return options;
}

// ---- Test -----------------------------------------------------------------------

class Test {
  constructor(parent, name, options, fn, loc) {
    this.parent = parent;
    this.name = name;
    this.fn = fn;
    this.loc = loc;
    this.nesting = parent === null ? -1 : parent.nesting + 1;
    this.isSuite = false;

    const { skip, todo, only, timeout, plan, signal, concurrency, expectFailure } = options;
    validateConcurrency(concurrency);
    validateTimeout(timeout, 'options.timeout');
    validateAbortSignal(signal, 'options.signal');
    this.skip = directive(skip);
    this.todo = directive(todo);
    this.expectFailure = directive(expectFailure);
    if (parent !== null) {
      if (this.todo === undefined && parent.todo !== undefined && parent.isSuite) this.todo = true;
      if (this.skip === undefined && parent.skip !== undefined) this.skip = true;
    }
    this.only = only === true;
    this.hasOnly = false;
    this.timeout = timeout !== undefined ? timeout : (parent !== null ? parent.timeout : Infinity);
    this.planned = typeof plan === 'number' ? { expected: plan, actual: 0, wait: false } : null;
    this.userSignal = signal;

    this.subtests = [];
    this.pending = [];
    this.active = 0;
    this.unfinished = 0;
    this.drained = false;
    this.drainResolve = null;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.beforeRuns = [];
    this.beforeError = undefined;
    this.runOnlySubtests = false;
    this.cancellingSubtests = false;
    this.started = false;
    this.filtered = false;

    this.state = 'new';
    this.passed = false;
    this.error = undefined;
    this.startTime = undefined;
    this.durationMs = undefined;
    this.diagnostics = [];
    this.logs = [];
    this.headerReported = false;
    this.reported = false;
    this.controller = null;
    this.mockTracker = null;
    this.context = null;
    this.stopPromise = new Promise((resolve) => { this.stop = resolve; });
    this.donePromise = new Promise((resolve) => { this.resolveDone = resolve; });
  }

  get signal() {
    if (this.controller === null) {
      this.controller = new AbortController();
      if (this.state === 'done') this.controller.abort();
      if (this.userSignal !== undefined) {
        const ctrl = this.controller;
        if (this.userSignal.aborted) ctrl.abort(this.userSignal.reason);
        else this.userSignal.addEventListener('abort', () => ctrl.abort(this.userSignal.reason));
      }
    }
    return this.controller.signal;
  }

  getContext() {
    if (this.context === null) this.context = new TestContext(this);
    return this.context;
  }

  get fullName() {
    const names = [];
    for (let t = this; t !== null && t.parent !== null; t = t.parent) names.unshift(t.name);
    return names.join(' > ');
  }

  // The first failure wins; later ones (afterEach after a failing body...) are dropped.
  fail(err) {
    if (this.error === undefined) this.error = err;
  }

  isCancelled() {
    const type = this.error?.failureType;
    return type === kCancelledByParent || type === kTestTimeoutFailure || type === kAborted;
  }

  // options.signal: an aborted signal cancels the test with its reason.
  watchUserSignal() {
    const signal = this.userSignal;
    if (signal === undefined) return false;
    const abort = () => {
      let reason = signal.reason;
      if (reason !== null && (typeof reason === 'object' || typeof reason === 'function')) {
        reason.failureType = kAborted;
      } else {
        reason = new ERR_TEST_FAILURE(reason, kAborted);
      }
      this.fail(reason);
      this.stop();
    };
    if (signal.aborted) {
      abort();
      return true;
    }
    signal.addEventListener('abort', abort, { once: true });
    return false;
  }

  // ---- subtests --------------------------------------------------------------

  createSubtest(Factory, name, options, fn, loc) {
    const child = new Factory(this, name, options, fn, loc);
    if (child.only) {
      for (let p = this; p !== null; p = p.parent) p.hasOnly = true;
    }
    this.subtests.push(child);
    this.unfinished++;
    if (this.planned !== null) this.planned.actual++;
    return child;
  }

  // Starts a subtest now or when a running sibling finishes.
  startSubtest(child) {
    if (this.state === 'done') {
      // Reported with the root's results, at the end of the run.
      child.fail(new ERR_TEST_FAILURE('test could not be started because its parent finished',
                                      kParentAlreadyFinished));
      child.state = 'done';
      child.startTime = hrtimeNs();
      child.nesting = 0;
      this.unfinished--;
      state.late.push(child);
      child.resolveDone();
      return child.donePromise;
    }
    if (this.active >= 1) {
      this.pending.push(child);
    } else {
      this.active++;
      child.run();
    }
    return child.donePromise;
  }

  subtestFinished(child) {
    if (child.started) this.active--;
    this.unfinished--;
    if (this.unfinished === 0) {
      this.drained = true;
      if (this.drainResolve !== null) {
        this.drainResolve();
        this.drainResolve = null;
      }
    }
    while (this.active < 1 && this.pending.length > 0 && !this.cancellingSubtests) {
      const next = this.pending.shift();
      if (next.state !== 'new') continue;
      this.active++;
      next.run();
    }
  }

  waitForSubtests() {
    if (this.unfinished === 0 || this.drained) return undefined;
    return new Promise((resolve) => { this.drainResolve = resolve; });
  }

  cancelUnfinishedSubtests() {
    // Cancelling one must not start a queued sibling.
    this.cancellingSubtests = true;
    const list = this.subtests.slice();
    for (const child of list) {
      if (child.state === 'done') continue;
      child.cancel(new ERR_TEST_FAILURE('test did not finish before its parent and was cancelled',
                                        kCancelledByParent));
    }
    this.cancellingSubtests = false;
  }

  // Stops a test from outside: it reports now, whatever its function still does.
  cancel(err) {
    if (this.state === 'done') return;
    this.fail(err);
    if (this.state === 'new') {
      this.finish();
      return;
    }
    this.cancelUnfinishedSubtests();
    this.stop();
    this.finish();
  }

  // ---- hooks -------------------------------------------------------------------

  addHook(type, fn, options) {
    options = validateHookOptions(options);
    const hook = new Hook(type, fn, options, getCallerLocation());
    this.hooks[type].push(hook);
    // A running test (or the root) runs a new before hook at once.
    if (type === 'before' && this.state === 'running' && !this.isSuite) {
      this.runBeforeHook(hook);
    }
  }

  runBeforeHook(hook) {
    let p;
    try {
      p = hook.run(this, undefined, this.getContext());
    } catch (err) {
      if (this.beforeError === undefined) this.beforeError = wrapError(err, kHookFailure);
      return;
    }
    if (p !== undefined) {
      this.beforeRuns.push(p.then(undefined, (err) => {
        if (this.beforeError === undefined) this.beforeError = wrapError(err, kHookFailure);
      }));
    }
  }

  // beforeEach of every ancestor, outermost first, with this test's context.
  async runBeforeEach() {
    const chain = [];
    for (let p = this.parent; p !== null; p = p.parent) chain.unshift(p);
    for (const owner of chain) {
      for (const hook of owner.hooks.beforeEach) {
        const p = hook.run(this, undefined, this.getContext());
        if (p !== undefined) await p;
      }
    }
  }

  // afterEach of every ancestor, innermost first.
  async runAfterEach() {
    for (let owner = this.parent; owner !== null; owner = owner.parent) {
      for (const hook of owner.hooks.afterEach) {
        try {
          const p = hook.run(this, undefined, this.getContext());
          if (p !== undefined) await p;
        } catch (err) {
          this.fail(wrapError(err, kHookFailure));
        }
      }
    }
  }

  async runOwnHooks(type, ctx) {
    for (const hook of this.hooks[type]) {
      try {
        const p = hook.run(this, undefined, ctx);
        if (p !== undefined) await p;
      } catch (err) {
        this.fail(wrapError(err, kHookFailure));
      }
    }
  }

  // ---- running -----------------------------------------------------------------

  async parentReady() {
    const parent = this.parent;
    if (parent === null) return;
    if (parent.beforeRuns.length > 0) await Promise.all(parent.beforeRuns);
    if (parent.beforeError !== undefined) this.fail(parent.beforeError);
  }

  markStarted() {
    this.state = 'running';
    this.started = true;
    this.startTime = hrtimeNs();
    state.running.push(this);
  }

  async run() {
    this.markStarted();
    const ctx = this.getContext();
    if (this.watchUserSignal()) return this.finish();
    try {
      const parent = this.parent;
      // With hooks around, the body starts in a later job (as in Node); without,
      // t.test() runs it synchronously.
      const withBeforeEach = hasBeforeEach(this);
      if (parent.hooks.before.length > 0 || parent.beforeError !== undefined || withBeforeEach) {
        await this.parentReady();
        if (this.state === 'done') return undefined;
      }
      if (this.error !== undefined || this.skip !== undefined) {
        return this.finish();
      }
      let ok = true;
      try {
        if (withBeforeEach) await this.runBeforeEach();
        if (this.state === 'done') return undefined;
      } catch (err) {
        this.fail(wrapError(err, kHookFailure));
        ok = false;
      }
      if (ok && typeof this.fn === 'function') {
        try {
          const p = runUserFunction(this, this.fn, ctx, ctx, this.timeout);
          if (p !== undefined) await p;
        } catch (err) {
          this.fail(wrapError(err, kTestCodeFailure));
        }
      }
      if (this.state === 'done') return undefined;
      if (this.error === undefined) {
        const wait = this.waitForSubtests();
        if (wait !== undefined) await Promise.race([wait, this.stopPromise]);
      }
      if (this.state === 'done') return undefined;
      this.cancelUnfinishedSubtests();
      if (this.planned !== null && this.error === undefined) await this.checkPlan();
      // A test never finishes in the same job it ran in: a subtest started
      // next to it gets queued, as with Node's asynchronous bookkeeping.
      await undefined;
      if (hasAfterEach(this)) await this.runAfterEach();
      if (this.hooks.after.length > 0) await this.runOwnHooks('after', ctx);
    } catch (err) {
      this.fail(wrapError(err, kTestCodeFailure));
    }
    return this.finish();
  }

  async checkPlan() {
    const plan = this.planned;
    if (plan.actual < plan.expected && plan.wait !== false) {
      const outcome = await new Promise((resolve) => {
        let timer;
        plan.onChange = () => {
          if (plan.actual >= plan.expected) {
            if (timer !== undefined) clearTimeout(timer);
            resolve(true);
          }
        };
        if (typeof plan.wait === 'number') {
          timer = setTimeout(() => resolve(false), plan.wait);
        }
        this.stopPromise.then(() => resolve(true));
      });
      plan.onChange = undefined;
      if (!outcome) {
        this.fail(new ERR_TEST_FAILURE(
          `plan timed out after ${plan.wait}ms with ${plan.actual} assertions when expecting ${plan.expected}`,
          kTestTimeoutFailure));
        return;
      }
    }
    if (plan.actual !== plan.expected) {
      this.fail(new ERR_TEST_FAILURE(
        `plan expected ${plan.expected} assertions but received ${plan.actual}`,
        kTestCodeFailure));
    }
  }

  countAssertion() {
    const plan = this.planned;
    if (plan === null) return;
    plan.actual++;
    if (plan.onChange !== undefined) plan.onChange();
  }

  failedSubtestCount() {
    let n = 0;
    for (const child of this.subtests) {
      if (child.reported && !child.filtered && !child.passed && child.todo === undefined) n++;
    }
    return n;
  }

  finish() {
    if (this.state === 'done') return undefined;
    const wasRunning = this.state === 'running';
    this.state = 'done';
    if (wasRunning) {
      this.durationMs = Number(hrtimeNs() - this.startTime) / 1e6;
      const i = state.running.lastIndexOf(this);
      if (i !== -1) state.running.splice(i, 1);
    }
    if (this.error === undefined && this.skip === undefined) {
      const failed = this.failedSubtestCount();
      if (failed > 0) {
        this.error = new ERR_TEST_FAILURE(`${failed} subtest${failed > 1 ? 's' : ''} failed`,
                                          kSubtestsFailed);
      }
    }
    if (this.expectFailure !== undefined && this.skip === undefined) {
      if (this.error !== undefined && this.error.failureType !== kSubtestsFailed) {
        this.error = undefined;
      } else if (this.error === undefined) {
        this.error = new ERR_TEST_FAILURE('test was expected to fail but passed', kExpectedFailure);
      }
    }
    this.passed = this.error === undefined;
    // The signal is aborted once the test is over (created aborted if asked later).
    if (this.controller !== null && !this.controller.signal.aborted) this.controller.abort();
    this.stop();
    if (this.mockTracker !== null) this.mockTracker.reset();
    if (!this.isSuite) state.lastFinished = this;
    if (!this.reported) {
      this.reported = true;
      state.report(this);
    }
    if (this.parent !== null) this.parent.subtestFinished(this);
    this.resolveDone();
    return undefined;
  }
}

function hasBeforeEach(test) {
  for (let p = test.parent; p !== null; p = p.parent) {
    if (p.hooks.beforeEach.length > 0) return true;
  }
  return false;
}

function hasAfterEach(test) {
  for (let p = test.parent; p !== null; p = p.parent) {
    if (p.hooks.afterEach.length > 0) return true;
  }
  return false;
}

// ---- Suite ----------------------------------------------------------------------

class Suite extends Test {
  constructor(parent, name, options, fn, loc) {
    super(parent, name, options, fn, loc);
    this.isSuite = true;
    this.buildPromise = undefined;
    this.buildError = undefined;
    this.suiteContext = new SuiteContext(this);
    if (this.skip === undefined && typeof fn === 'function') {
      state.building.push(this);
      try {
        const ret = Reflect.apply(fn, this.suiteContext, [this.suiteContext]);
        if (isThenable(ret)) {
          // Where the body's source ends: it() calls made from there after an
          // await still belong to this suite.
          if (loc !== undefined) {
            const text = Function.prototype.toString.call(fn);
            let lines = 0;
            for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
            this.bodyRange = { file: loc.file, first: loc.line, last: loc.line + lines };
          }
          state.asyncBuilding.push(this);
          const settle = () => {
            const i = state.asyncBuilding.lastIndexOf(this);
            if (i !== -1) state.asyncBuilding.splice(i, 1);
          };
          this.buildPromise = Promise.resolve(ret).then(settle, (err) => {
            settle();
            this.buildError = err;
          });
        }
      } catch (err) {
        this.buildError = err;
      } finally {
        state.building.pop();
      }
    }
  }

  addHook(type, fn, options) {
    options = validateHookOptions(options);
    this.hooks[type].push(new Hook(type, fn, options, getCallerLocation()));
  }

  cancelChildren() {
    for (const child of this.subtests) {
      if (child.state === 'new') {
        child.fail(new ERR_TEST_FAILURE('test did not finish before its parent and was cancelled',
                                        kCancelledByParent));
        child.finish();
      }
    }
  }

  async run() {
    this.markStarted();
    if (this.watchUserSignal()) {
      this.cancelChildren();
      return this.finish();
    }
    try {
      if (this.buildPromise !== undefined) await this.buildPromise;
      if (this.parent.beforeRuns.length > 0 || this.parent.beforeError !== undefined) {
        await this.parentReady();
      }
      if (this.skip !== undefined) return this.finish();
      if (this.error !== undefined) {
        this.cancelChildren();
        return this.finish();
      }
      if (this.buildError !== undefined) {
        this.fail(wrapError(this.buildError, kTestCodeFailure));
        this.cancelChildren();
        return this.finish();
      }
      for (const hook of this.hooks.before) {
        try {
          const p = hook.run(this, this.suiteContext, this.suiteContext);
          if (p !== undefined) await p;
        } catch (err) {
          this.fail(wrapError(err, kHookFailure));
          this.cancelChildren();
          await this.runOwnHooks('after', this.suiteContext);
          return this.finish();
        }
      }
      const children = selectOnly(this.subtests);
      for (const child of this.subtests) {
        if (!children.includes(child)) {
          child.filtered = true;
          child.reported = true;
          child.state = 'done';
          this.unfinished--;
        }
      }
      for (const child of children) {
        if (this.state === 'done') break;
        if (child.state !== 'new') continue;
        this.active++;
        await child.run();
      }
      await this.runOwnHooks('after', this.suiteContext);
    } catch (err) {
      this.fail(wrapError(err, kTestCodeFailure));
    }
    return this.finish();
  }
}

// With `only` somewhere among siblings, only those (or those containing one) run.
function selectOnly(list) {
  let any = false;
  for (const t of list) {
    if (t.only || t.hasOnly) {
      any = true;
      break;
    }
  }
  if (!any) return list;
  return list.filter((t) => t.only || t.hasOnly);
}

// ---- contexts -------------------------------------------------------------------

function parseTestArgs(name, options, fn) {
  if (typeof name === 'function') {
    fn = name;
  } else if (name !== null && typeof name === 'object') {
    fn = options;
    options = name;
  } else if (typeof options === 'function') {
    fn = options;
  }
  if (options === null || typeof options !== 'object') options = {};
  if (typeof name !== 'string' || name === '') {
    name = typeof fn === 'function' && fn.name ? fn.name : '<anonymous>';
  }
  return { name, options, fn };
}

let assertModule;
function lazyAssert() {
  if (assertModule === undefined) assertModule = require('assert');
  return assertModule;
}

const assertMethodNames = [
  'deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow',
  'equal', 'fail', 'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual',
  'notStrictEqual', 'partialDeepStrictEqual', 'rejects', 'strictEqual', 'throws',
  'snapshot', 'fileSnapshot', 'ok',
];

function buildAssert(test) {
  const assert = lazyAssert();
  const obj = {};
  for (const name of assertMethodNames) {
    const method = assert[name];
    if (typeof method !== 'function') {
      obj[name] = function() {
        test.countAssertion();
        throw require('internal/not_implemented').notImplemented(`t.assert.${name}()`);
      };
      continue;
    }
    obj[name] = function(...args) {
      test.countAssertion();
      return Reflect.apply(method, assert, args);
    };
  }
  for (const [name, fn] of state.customAssertions) {
    obj[name] = function(...args) {
      test.countAssertion();
      return Reflect.apply(fn, obj, args);
    };
  }
  return obj;
}

class TestContext {
  #test;
  #assert;

  constructor(test) {
    this.#test = test;
    this.#assert = undefined;
  }

  get signal() { return this.#test.signal; }
  get name() { return this.#test.name; }
  get filePath() { return state.filePath; }
  get fullName() { return this.#test.fullName; }
  get error() { return this.#test.error === undefined ? null : this.#test.error; }
  get passed() { return this.#test.passed; }
  get attempt() { return 0; }
  get tags() { return []; }
  get workerId() { return undefined; }

  diagnostic(message) {
    this.#test.diagnostics.push(message);
  }

  log(message, options) {
    this.#test.logs.push(message);
  }

  plan(count, options = {}) {
    validateUint32(count, 'count');
    validateObject(options, 'options');
    const test = this.#test;
    const actual = test.planned !== null ? test.planned.actual : 0;
    test.planned = { expected: count, actual, wait: options.wait ?? false };
  }

  get assert() {
    if (this.#assert === undefined) this.#assert = buildAssert(this.#test);
    return this.#assert;
  }

  get mock() {
    const test = this.#test;
    if (test.mockTracker === null) {
      const { MockTracker } = require('internal/test_runner/mock/mock');
      test.mockTracker = new MockTracker();
    }
    return test.mockTracker;
  }

  runOnly(value) {
    this.#test.runOnlySubtests = !!value;
  }

  skip(message) {
    this.#test.skip = message === undefined ? true : message;
  }

  todo(message) {
    this.#test.todo = message === undefined ? true : message;
  }

  test(name, options, fn) {
    const loc = getCallerLocation();
    const parent = this.#test;
    const args = parseTestArgs(name, options, fn);
    if (parent.runOnlySubtests && args.options.only !== true) return Promise.resolve();
    const child = parent.createSubtest(Test, args.name, args.options, args.fn, loc);
    return parent.startSubtest(child).then(() => undefined);
  }

  before(fn, options) { this.#test.addHook('before', fn, options); }
  after(fn, options) { this.#test.addHook('after', fn, options); }
  beforeEach(fn, options) { this.#test.addHook('beforeEach', fn, options); }
  afterEach(fn, options) { this.#test.addHook('afterEach', fn, options); }

  waitFor(condition, options = {}) {
    const { validateFunction } = require('internal/validators');
    validateFunction(condition, 'condition');
    validateObject(options, 'options');
    const { interval = 50, timeout = 1000 } = options;
    validateNumber(interval, 'options.interval', 0, TIMEOUT_MAX);
    validateNumber(timeout, 'options.timeout', 0, TIMEOUT_MAX);
    return new Promise((resolve, reject) => {
      let lastError;
      let pollTimer;
      const giveUp = setTimeout(() => {
        clearTimeout(pollTimer);
        const err = new Error('waitFor() timed out');
        err.cause = lastError;
        reject(err);
      }, timeout);
      const poll = async () => {
        try {
          const value = await condition();
          clearTimeout(giveUp);
          resolve(value);
        } catch (err) {
          lastError = err;
          pollTimer = setTimeout(poll, interval);
        }
      };
      poll();
    });
  }
}

class SuiteContext {
  #suite;

  constructor(suite) {
    this.#suite = suite;
  }

  get signal() { return this.#suite.signal; }
  get name() { return this.#suite.name; }
  get filePath() { return state.filePath; }
  get fullName() { return this.#suite.fullName; }
  get passed() { return this.#suite.passed; }
  get attempt() { return 0; }

  diagnostic(message) {
    this.#suite.diagnostics.push(message);
  }

  log(message) {
    this.#suite.logs.push(message);
  }
}

module.exports = {
  state,
  Test,
  Suite,
  TestContext,
  SuiteContext,
  parseTestArgs,
  getCallerLocation,
  formatLocation,
  wrapError,
  validateHookOptions,
  kCancelledByParent,
  kHookFailure,
  kSubtestsFailed,
  kTestCodeFailure,
  kTestTimeoutFailure,
  kUncaughtException,
  kUnhandledRejection,
};
