'use strict';

// assert.AssertionError: the error every failed assertion throws, and the
// messages it builds from actual/expected/operator (the one-line "1 !== 2"
// form, the "+ actual - expected" diff, the legacy "a == b" form).

const { inspect } = require('internal/util/inspect');
const colors = require('internal/util/colors');
const { validateObject } = require('internal/validators');
const { isErrorStackTraceLimitWritable } = require('internal/errors');
const { myersDiff, printMyersDiff, printSimpleMyersDiff } = require('internal/assert/myers_diff');

const kReadableOperator = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Combined length up to which two one-line values print as "a !== b".
const kMaxShortStringLength = 12;
const kMaxLongStringLength = 512;
// Lines of an inspected value shown before the rest is cut.
const kMaxShownLines = 50;

// Frames start above `fn`, or at the caller of this helper (the constructor).
function captureStackAbove(obj, fn) {
  Error.captureStackTrace(obj, fn || captureStackAbove);
}

// Both sides are printed fully and deterministically, one property a line.
function inspectValue(val) {
  return inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function isErrorLike(v) {
  return v instanceof Error || Object.prototype.toString.call(v) === '[object Error]';
}

// An error's copy without its stack, so the message shows "[Error: msg]"
// rather than two stack traces.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let cause = source.cause;
    if (isErrorLike(cause)) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { __proto__: null, value: cause });
  }
  return target;
}

function isObjectLike(v) {
  return typeof v === 'object' && v !== null;
}

// Two one-line values stacked, with a caret under the first difference when
// it is not obvious (past the first characters) and the lines are short.
function stackedDiff(actual, expected) {
  let message = `\n${colors.green}+${colors.white} ${actual}\n${colors.red}- ${colors.white}${expected}`;
  const maxLength = process.stderr?.isTTY ? process.stderr.columns : 80;
  if (actual.length + expected.length < maxLength) {
    for (let i = 0; i < actual.length; i++) {
      if (actual[i] !== expected[i]) {
        if (i >= 3) message += `\n${' '.repeat(i + 2)}^`;
        break;
      }
    }
  }
  return message;
}

function createErrDiff(actual, expected, operator, customMessage) {
  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const inspectedActual = inspectValue(actual);
  const inspectedExpected = inspectValue(expected);
  const actualLines = inspectedActual.split('\n');
  const expectedLines = inspectedExpected.split('\n');
  let header = `${colors.green}+ actual${colors.white} ${colors.red}- expected${colors.white}`;
  let message;
  let skipped = false;

  if (actualLines.length === 1 && expectedLines.length === 1 &&
      (!isObjectLike(actual) || !isObjectLike(expected))) {
    const a = actualLines[0];
    const e = expectedLines[0];
    // Quotes around strings do not count.
    let length = a.length + e.length;
    if (typeof actual === 'string') length -= 2;
    if (typeof expected === 'string') length -= 2;
    if (length <= kMaxShortStringLength && (actual !== 0 || expected !== 0)) {
      header = '';
      message = `${a} !== ${e}`;
    } else if (colors.hasColors && typeof actual === 'string' && typeof expected === 'string') {
      header = `${colors.green}actual${colors.white} ${colors.red}expected${colors.white}`;
      message = printSimpleMyersDiff(myersDiff(a, e));
    } else {
      message = stackedDiff(a, e);
    }
  } else if (inspectedActual === inspectedExpected) {
    operator = 'notIdentical';
    header = '';
    if (actualLines.length > kMaxShownLines) {
      message = `${actualLines.slice(0, kMaxShownLines).join('\n')}\n...}`;
      skipped = true;
    } else {
      message = inspectedActual;
    }
  } else {
    const diff = myersDiff(actualLines, expectedLines, actual != null && typeof actual === 'object');
    const printed = printMyersDiff(diff, operator);
    message = printed.message;
    skipped = printed.skipped;
    if (operator === 'partialDeepStrictEqual') {
      header = `${colors.gray}${colors.hasColors ? '' : '+ '}actual${colors.white} ` +
        `${colors.red}- expected${colors.white}`;
    }
  }

  // A template (not String()): a Symbol message throws here, as in Node.
  const title = customMessage ? `${customMessage}` : kReadableOperator[operator];
  return `${title}\n${header}${skipped ? '\n... Skipped lines' : ''}\n${message}\n`;
}

// notStrictEqual / notDeepStrictEqual: the two sides are equal, so one is shown.
function createUnequalMessage(actual, operator) {
  let base = kReadableOperator[operator];
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    base = kReadableOperator.notStrictEqualObject;
  }
  const lines = inspectValue(actual).split('\n');
  if (lines.length > kMaxShownLines) {
    lines.length = 47;
    lines[46] = `${colors.blue}...${colors.white}`;
  }
  if (lines.length === 1) {
    return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  }
  return `${base}\n\n${lines.join('\n')}\n`;
}

// The other operators: "a == b", or both sides in full for deepEqual.
function createLegacyMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${known}\n\n${res}`;
    if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  if (res.length > kMaxLongStringLength) res = `${res.slice(0, 509)}...`;
  if (other.length > kMaxLongStringLength) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    return `${known}\n\n${res}\n\nshould loosely deep-equal\n\n${other}`;
  }
  const unequal = kReadableOperator[`${operator}Unequal`];
  if (unequal !== undefined) {
    return `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n${other}`;
  }
  return `${res} ${operator} ${other}`;
}

// Long strings are cut when the error itself is inspected: the message
// already shows them.
function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (string.length > kMaxLongStringLength) {
    return `${string.slice(kMaxLongStringLength)}...`;
  }
  return string;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const {
      message,
      operator,
      stackStartFn,
      stackStartFunction,
      details,
      diff = 'simple',
    } = options;
    let { actual, expected } = options;

    colors.refresh();
    let text;
    if (message != null) {
      if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
          operator === 'partialDeepStrictEqual') {
        text = createErrDiff(actual, expected, operator, message);
      } else {
        text = String(message);
      }
    } else {
      if (isObjectLike(actual) && isObjectLike(expected) &&
          'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      if (operator === 'deepStrictEqual' || operator === 'strictEqual' ||
          operator === 'partialDeepStrictEqual') {
        text = createErrDiff(actual, expected, operator);
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        text = createUnequalMessage(actual, operator);
      } else {
        text = createLegacyMessage(actual, expected, operator);
      }
    }

    // The stack is captured below, from the caller of the assertion.
    const writable = isErrorStackTraceLimitWritable();
    let limit;
    if (writable) {
      limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
    }
    try {
      super(text);
    } finally {
      if (writable) Error.stackTraceLimit = limit;
    }

    this.generatedMessage = !message;
    // The stack header shows the code: the name carries it while the stack
    // text is made, as in Node.
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    captureStackAbove(this, stackStartFn || stackStartFunction);
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
    this.diff = diff;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    // The values themselves are in the message: keep them to one level.
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

module.exports = AssertionError;
