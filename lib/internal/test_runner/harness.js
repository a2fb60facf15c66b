// The root of the test tree for the running file: creates it on first use, runs
// top-level tests one after another and attributes uncaught errors to the
// running test (there is no async context to tell which test an error came
// from). Results are written as tests finish, once Node's reporter would be
// flowing; the summary comes when the event loop has nothing left to do
// ('beforeExit'), which also sets process.exitCode to 1 if anything failed.

const {
  state,
  Test,
  Suite,
  parseTestArgs,
  getCallerLocation,
  formatLocation,
  wrapError,
  kCancelledByParent,
  kUncaughtException,
  kUnhandledRejection,
} = require('internal/test_runner/test');
const {
  codes: { ERR_TEST_FAILURE },
} = require('internal/errors');

let root = null;
let reporter = null;
// Report text waits here until the first check phase after node:test loaded
// (Node's reporter stream starts flowing about then); afterwards each result is
// written as it comes.
let output = '';
let flowing = false;
let driving = false;
let driveScheduled = false;
let cursor = 0;
let onlyMode;
let exiting = false;
let finalized = false;
let success = true;
const rootDiagnostics = [];
const counts = {
  tests: 0, suites: 0, pass: 0, fail: 0, cancelled: 0, skipped: 0, todo: 0, duration_ms: 0,
};

function emit(text) {
  if (flowing) process.stdout.write(text);
  else output += text;
}

function startFlowing() {
  if (flowing) return;
  flowing = true;
  if (output !== '') {
    const text = output;
    output = '';
    process.stdout.write(text);
  }
}

function scheduleFlow() {
  setImmediate(startFlowing);
}

function getRoot() {
  if (root !== null) return root;
  const { SpecReporter } = require('internal/test_runner/reporter/spec');
  const { shouldColorize } = require('internal/util/colors');
  let colors = false;
  try {
    colors = shouldColorize(process.stdout);
  } catch {
    colors = false;
  }
  reporter = new SpecReporter(colors);
  root = new Test(null, '<root>', {}, undefined, undefined);
  root.state = 'running';
  root.started = true;
  root.startTime = process.hrtime.bigint();
  state.root = root;
  state.report = report;
  const main = process.argv[1];
  state.filePath = main === undefined ? undefined : require('path').resolve(main);
  process.on('uncaughtException', (err) => onAsyncError(err, kUncaughtException));
  process.on('unhandledRejection', (err) => onAsyncError(err, kUnhandledRejection));
  process.on('beforeExit', onBeforeExit);
  return root;
}

// ---- which test new tests and hooks belong to -----------------------------------

function currentRunningTest() {
  const running = state.running;
  return running.length > 0 ? running[running.length - 1] : null;
}

function currentParent(loc) {
  if (state.building.length > 0) return state.building[state.building.length - 1];
  // No async context to follow: a call from inside the source of an async
  // describe() body whose promise is pending belongs to that suite.
  if (loc !== undefined) {
    for (let i = state.asyncBuilding.length - 1; i >= 0; i--) {
      const range = state.asyncBuilding[i].bodyRange;
      if (range !== undefined && range.file === loc.file &&
          loc.line >= range.first && loc.line <= range.last) {
        return state.asyncBuilding[i];
      }
    }
  }
  const running = currentRunningTest();
  if (running !== null && !running.isSuite) return running;
  return getRoot();
}

function register(Factory, name, options, fn, overrides) {
  const loc = getCallerLocation();
  const args = parseTestArgs(name, options, fn);
  if (overrides !== undefined) args.options = { ...args.options, ...overrides };
  getRoot();
  const parent = currentParent(loc);
  if (parent !== root && !parent.isSuite) {
    // test() inside a running test: a subtest of it, as t.test() would make.
    if (parent.runOnlySubtests && args.options.only !== true) return Promise.resolve();
    const child = parent.createSubtest(Factory, args.name, args.options, args.fn, loc);
    return parent.startSubtest(child).then(() => undefined);
  }
  const child = parent.createSubtest(Factory, args.name, args.options, args.fn, loc);
  if (parent === root) scheduleDrive();
  return child.donePromise.then(() => undefined);
}

function registerHook(type, fn, options) {
  getRoot();
  const parent = currentParent(getCallerLocation());
  parent.addHook(type, fn, options);
}

// ---- running top-level tests ----------------------------------------------------

function scheduleDrive() {
  if (driving || driveScheduled || finalized) return;
  driveScheduled = true;
  // After the main module: its nextTicks, then the microtasks queued so far.
  process.nextTick(() => queueMicrotask(drive));
}

async function drive() {
  driveScheduled = false;
  driving = true;
  if (onlyMode === undefined) {
    onlyMode = root.subtests.some((t) => t.only || t.hasOnly);
  }
  while (cursor < root.subtests.length) {
    const test = root.subtests[cursor++];
    if (test.state !== 'new') continue;
    if (onlyMode && !(test.only || test.hasOnly)) {
      test.filtered = true;
      test.reported = true;
      test.state = 'done';
      root.unfinished--;
      continue;
    }
    root.active++;
    await test.run();
  }
  driving = false;
  if (exiting) finalize();
}

// ---- reporting --------------------------------------------------------------------

function report(test) {
  if (test.filtered) return;
  const headers = [];
  for (let p = test.parent; p !== null && p !== root && test.nesting > 0; p = p.parent) {
    if (p.headerReported) break;
    p.headerReported = true;
    headers.unshift({ name: p.name, nesting: p.nesting });
  }
  const data = {
    name: test.name,
    nesting: test.nesting,
    passed: test.passed,
    durationMs: test.durationMs,
    skip: test.skip,
    todo: test.skip === undefined ? test.todo : undefined,
    expectFailure: test.expectFailure,
    error: test.error,
    location: formatLocation(test.loc),
  };
  let text = '';
  for (const message of test.logs) text += reporter.diagnostic(test.nesting, message);
  text += reporter.testDone(data, headers);
  for (const message of test.diagnostics) {
    text += reporter.diagnostic(test.nesting, message);
  }
  emit(text);
  if (!test.passed && test.todo === undefined) success = false;
  if (test.isSuite) {
    counts.suites++;
    return;
  }
  counts.tests++;
  if (test.skip !== undefined) counts.skipped++;
  else if (test.todo !== undefined) counts.todo++;
  else if (test.passed) counts.pass++;
  else if (test.isCancelled()) counts.cancelled++;
  else counts.fail++;
}

// ---- errors outside any test's own flow -----------------------------------------

function onAsyncError(err, type) {
  const test = currentRunningTest();
  if (test !== null) {
    test.fail(wrapError(err, type));
    test.cancelUnfinishedSubtests();
    test.stop();
    return;
  }
  const last = state.lastFinished;
  if (last === null) {
    // Not caused by a test (the main module threw): fatal, as without node:test.
    throw err;
  }
  const where = formatLocation(last.loc);
  rootDiagnostics.push(
    `Error: Test "${last.name}" at ${where} generated asynchronous activity after the test ended. ` +
    `This activity created the error "${String(err)}" and would have caused the test to fail, ` +
    `but instead triggered an ${type} event.`);
  success = false;
}

function onBeforeExit() {
  if (finalized) return;
  if (driving) {
    // The loop is empty but tests still wait on promises nothing will settle.
    exiting = true;
    const running = state.running.slice().reverse();
    for (const test of running) {
      test.cancel(new ERR_TEST_FAILURE(
        'Promise resolution is still pending but the event loop has already resolved',
        kCancelledByParent));
    }
    return;
  }
  finalize();
}

async function finalize() {
  if (finalized || root === null) return;
  finalized = true;
  const ctx = root.getContext();
  for (const hook of root.hooks.after) {
    try {
      const p = hook.run(root, undefined, ctx);
      if (p !== undefined) await p;
    } catch (err) {
      // Reported as a failing "test" named after the file, at the hook's place
      // (it does not change the exit code).
      const data = {
        name: state.filePath,
        nesting: 0,
        passed: false,
        durationMs: Number(process.hrtime.bigint() - root.startTime) / 1e6,
        error: wrapError(err, 'hookFailed'),
        location: formatLocation(hook.loc),
      };
      emit(reporter.testDone(data, []));
    }
  }
  for (const test of state.late) {
    test.durationMs = Number(process.hrtime.bigint() - test.startTime) / 1e6;
    test.reported = true;
    report(test);
  }
  let text = '';
  for (const message of root.diagnostics) text += reporter.diagnostic(0, message);
  for (const message of rootDiagnostics) text += reporter.diagnostic(0, message);
  counts.duration_ms = Number(process.hrtime.bigint() - root.startTime) / 1e6;
  text += reporter.summary(counts);
  if (!success) process.exitCode = 1;
  // After the other 'beforeExit' listeners, as Node's reporter stream writes.
  process.nextTick(() => {
    startFlowing();
    process.stdout.write(text);
  });
}

function getTestContext() {
  if (root === null) return undefined;
  if (state.building.length > 0) return root.getContext();
  const running = currentRunningTest();
  if (running === null) return undefined;
  return running.isSuite ? running.suiteContext : running.getContext();
}

module.exports = {
  scheduleFlow,
  getRoot,
  register,
  registerHook,
  getTestContext,
  Test,
  Suite,
};
