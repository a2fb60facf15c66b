'use strict';

// assert.ok()'s failure path and the "The expression evaluated to a falsy
// value:" message, which quotes the call from the caller's source line.

const AssertionError = require('internal/assert/assertion_error');
const { isErrorStackTraceLimitWritable } = require('internal/errors');

function isError(e) {
  return e instanceof Error || Object.prototype.toString.call(e) === '[object Error]';
}

// file:line:column -> quoted expression, as the same assert fails repeatedly
// in loops.
const errorCache = new Map();
const kMaxCachedMessages = 100;

// ---------------------------------------------------------------------------
// A small tokenizer: just enough JavaScript to find calls and their extent
// (strings, templates, regexps and comments may hold parentheses).

const kIdent = 1;
const kPunct = 2;
const kOther = 3;

function isIdentStart(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 36 || c === 95 ||
    c === 92 || c === 35 || c > 127;
}

function isIdentPart(c) {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

function isSpace(c) {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 11 || c === 12 ||
    c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029;
}

// Keywords after which `/` starts a regular expression.
const regexpAfterKeyword = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw',
  'case', 'do', 'else', 'yield', 'await',
]);

// Keywords followed by a parenthesis that is not a call.
const notCallee = new Set([
  'if', 'for', 'while', 'switch', 'catch', 'function', 'return', 'typeof', 'void',
  'delete', 'in', 'of', 'await', 'yield', 'else', 'do', 'case', 'throw', 'instanceof',
  'with', 'async',
]);

function skipLine(src, i) {
  const end = src.indexOf('\n', i);
  return end === -1 ? src.length : end;
}

// Index just past the quote closing the string opened at `i`.
function skipString(src, i) {
  const quote = src.charCodeAt(i);
  for (i++; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 92) i++;
    else if (c === quote) return i + 1;
    else if (c === 10) return i;
  }
  return src.length;
}

// Index just past the template opened at `i`, `${...}` parts included.
function skipTemplate(src, i) {
  for (i++; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 92) {
      i++;
    } else if (c === 96) {
      return i + 1;
    } else if (c === 36 && src.charCodeAt(i + 1) === 123) {
      i = skipCode(src, i + 2) - 1;
    }
  }
  return src.length;
}

// Index just past the `}` closing code that starts at `i`.
function skipCode(src, i) {
  let depth = 0;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c === 39 || c === 34) {
      i = skipString(src, i);
    } else if (c === 96) {
      i = skipTemplate(src, i);
    } else if (c === 47 && src.charCodeAt(i + 1) === 42) {
      const end = src.indexOf('*/', i + 2);
      i = end === -1 ? src.length : end + 2;
    } else if (c === 47 && src.charCodeAt(i + 1) === 47) {
      i = skipLine(src, i);
    } else {
      if (c === 123) depth++;
      else if (c === 125 && depth-- === 0) return i + 1;
      i++;
    }
  }
  return src.length;
}

function skipRegExp(src, i) {
  let inClass = false;
  for (i++; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === 92) {
      i++;
    } else if (c === 10) {
      return i;
    } else if (c === 91) {
      inClass = true;
    } else if (c === 93) {
      inClass = false;
    } else if (c === 47 && !inClass) {
      i++;
      while (i < src.length && isIdentPart(src.charCodeAt(i))) i++;
      return i;
    }
  }
  return src.length;
}

// Tokens as parallel arrays: type, start, end, and the text of identifiers and
// punctuators. Stops at offset `limit`.
function tokenize(src, limit) {
  const types = [];
  const starts = [];
  const ends = [];
  const values = [];
  let i = 0;
  let regexpAllowed = true;
  if (src.startsWith('#!')) i = skipLine(src, 0);
  while (i < limit) {
    const c = src.charCodeAt(i);
    const start = i;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 47 && src.charCodeAt(i + 1) === 47) {
      i = skipLine(src, i);
      continue;
    }
    if (c === 47 && src.charCodeAt(i + 1) === 42) {
      const end = src.indexOf('*/', i + 2);
      i = end === -1 ? src.length : end + 2;
      continue;
    }
    let type = kOther;
    let value;
    if (isIdentStart(c)) {
      while (i < src.length && isIdentPart(src.charCodeAt(i))) i++;
      value = src.slice(start, i);
      type = kIdent;
      regexpAllowed = regexpAfterKeyword.has(value);
    } else if (c >= 48 && c <= 57) {
      while (i < src.length && (isIdentPart(src.charCodeAt(i)) || src.charCodeAt(i) === 46)) i++;
      regexpAllowed = false;
    } else if (c === 39 || c === 34) {
      i = skipString(src, i);
      regexpAllowed = false;
    } else if (c === 96) {
      i = skipTemplate(src, i);
      regexpAllowed = false;
    } else if (c === 47 && regexpAllowed) {
      i = skipRegExp(src, i);
      regexpAllowed = false;
    } else if (c === 46 && src.charCodeAt(i + 1) >= 48 && src.charCodeAt(i + 1) <= 57) {
      // A number such as .5
      i++;
      while (i < src.length && isIdentPart(src.charCodeAt(i))) i++;
      regexpAllowed = false;
    } else {
      type = kPunct;
      const next = src.charCodeAt(i + 1);
      if (c === 63 && next === 46 && !(src.charCodeAt(i + 2) >= 48 && src.charCodeAt(i + 2) <= 57)) {
        value = '?.';
        i += 2;
      } else if (c === 46 && next === 46 && src.charCodeAt(i + 2) === 46) {
        value = '...';
        i += 3;
      } else {
        value = src[i];
        i++;
      }
      regexpAllowed = !(value === ')' || value === ']' || value === '}');
    }
    types.push(type);
    starts.push(start);
    ends.push(i);
    values.push(value);
  }
  return { types, starts, ends, values };
}

// For each bracket token, the index of its partner (-1 when unbalanced).
function matchBrackets(tokens) {
  const { types, values } = tokens;
  const match = new Int32Array(types.length).fill(-1);
  const stack = [];
  for (let i = 0; i < types.length; i++) {
    if (types[i] !== kPunct) continue;
    const v = values[i];
    if (v === '(' || v === '[' || v === '{') {
      stack.push(i);
    } else if (v === ')' || v === ']' || v === '}') {
      const open = stack.pop();
      if (open !== undefined) {
        match[open] = i;
        match[i] = open;
      }
    }
  }
  return match;
}

function isPunctAt(tokens, i, value) {
  return i >= 0 && tokens.types[i] === kPunct && tokens.values[i] === value;
}

// Where Node starts quoting the call whose `(` is at `paren`: the callee
// chain (`a.b['c'].ok`) back from the callee's last name, on that name's line
// only; the `(` itself when the callee is a parenthesized or computed value.
// -1 when that `(` is not a call.
function calleeStart(src, tokens, match, paren) {
  const { types, values, starts } = tokens;
  let start = paren - 1;
  if (start < 0) return -1;
  if (types[start] === kIdent) {
    if (notCallee.has(values[start])) return -1;
  } else if (isPunctAt(tokens, start, ']')) {
    const open = match[start];
    if (open > 0 && types[open - 1] === kIdent) start = open - 1;
    else return paren;
  } else if (isPunctAt(tokens, start, ')')) {
    return paren;
  } else {
    return -1;
  }
  const lineStart = src.lastIndexOf('\n', starts[start]) + 1;
  // Walk back over `obj.` and `obj[...].` links.
  while (start >= 2 && starts[start - 2] >= lineStart &&
         (isPunctAt(tokens, start - 1, '.') || isPunctAt(tokens, start - 1, '?.'))) {
    const obj = start - 2;
    if (types[obj] === kIdent) {
      start = obj;
    } else if (isPunctAt(tokens, obj, ']')) {
      const open = match[obj];
      if (open > 0 && types[open - 1] === kIdent && starts[open - 1] >= lineStart) start = open - 1;
      else break;
    } else {
      break;
    }
  }
  return start;
}

// The first token of the whole callee expression before the `(` at `paren`
// (`f()['ok']` for `f()['ok'](0)`), which the engine's position may point into.
function calleeReach(tokens, match, paren) {
  const { types } = tokens;
  let i = paren - 1;
  for (;;) {
    if (i < 0) return 0;
    if (isPunctAt(tokens, i, ')') || isPunctAt(tokens, i, ']')) {
      const open = match[i];
      if (open <= 0) return Math.max(open, 0);
      i = open - 1;
      if (i < 0 || !(types[i] === kIdent || isPunctAt(tokens, i, ')') || isPunctAt(tokens, i, ']') ||
                     isPunctAt(tokens, i, '.') || isPunctAt(tokens, i, '?.'))) {
        return open;
      }
    } else if (types[i] === kIdent) {
      if (i >= 1 && (isPunctAt(tokens, i - 1, '.') || isPunctAt(tokens, i - 1, '?.'))) {
        i -= 2;
      } else {
        return i;
      }
    } else if (isPunctAt(tokens, i, '.') || isPunctAt(tokens, i, '?.')) {
      i--;
    } else {
      return i + 1;
    }
  }
}

// The call around source offset `pos` that invoked an assertion: the innermost
// call containing `pos` whose callee names one of `names`, else the innermost
// call. Quoted from its callee to its closing parenthesis, cut at the end of
// its first line. undefined when none is found.
function findCallExpression(src, pos, names) {
  let lineEnd = src.indexOf('\n', pos);
  if (lineEnd === -1) lineEnd = src.length;
  // Calls still open at the end of that line contain `pos` too: brackets left
  // unmatched there count as reaching the end of the source.
  const tokens = tokenize(src, lineEnd);
  const match = matchBrackets(tokens);
  const { types, starts, ends, values } = tokens;
  let best = -1;
  let bestSpan = Infinity;
  let bestNamed = false;
  let bestStart = -1;
  for (let i = 0; i < types.length && starts[i] <= lineEnd; i++) {
    if (types[i] !== kPunct || values[i] !== '(') continue;
    const start = calleeStart(src, tokens, match, i);
    if (start === -1) continue;
    const reach = Math.min(start, calleeReach(tokens, match, i));
    if (starts[reach] > pos) continue;
    const close = match[i];
    const end = close === -1 ? src.length : ends[close];
    if (end <= pos) continue;
    let named = false;
    for (let j = reach; j < i; j++) {
      if ((types[j] === kIdent && names.includes(values[j])) ||
          (types[j] === kOther && names.includes(src.slice(starts[j] + 1, ends[j] - 1)))) {
        named = true;
        break;
      }
    }
    const span = end - starts[reach];
    if ((named && !bestNamed) || (named === bestNamed && span < bestSpan)) {
      best = i;
      bestSpan = span;
      bestNamed = named;
      bestStart = start;
    }
  }
  if (best === -1) return undefined;
  const from = starts[bestStart];
  const close = match[best];
  let to = close === -1 ? src.length : ends[close];
  let eol = src.indexOf('\n', from);
  if (eol === -1) eol = src.length;
  if (src.charCodeAt(eol - 1) === 13) eol--;
  if (to > eol) to = eol;
  // Like Node, give up on calls whose first line holds a statement end.
  for (let j = bestStart; j < types.length && starts[j] < to; j++) {
    if (types[j] === kPunct && values[j] === ';') return undefined;
  }
  return src.slice(from, to);
}

// ---------------------------------------------------------------------------

let fs;
let fileURLToPath;

// The first call site below `fn` that has a source file.
function getCallSite(fn) {
  const writable = isErrorStackTraceLimitWritable();
  const savedLimit = Error.stackTraceLimit;
  const savedPrepare = Error.prepareStackTrace;
  const holder = {};
  try {
    // Native frames (Function.prototype.call, Reflect.apply) may come first.
    if (writable) Error.stackTraceLimit = 5;
    Error.prepareStackTrace = (_, callSites) => callSites;
    Error.captureStackTrace(holder, fn);
    const callSites = holder.stack;
    if (!Array.isArray(callSites)) return undefined;
    for (let i = 0; i < callSites.length; i++) {
      const cs = callSites[i];
      const file = cs.getFileName();
      if (file != null && !cs.isNative()) {
        return { file, line: cs.getLineNumber(), column: cs.getColumnNumber() };
      }
    }
    return undefined;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    if (writable) Error.stackTraceLimit = savedLimit;
  }
}

function readSource(file) {
  if (file.startsWith('node:')) return undefined;
  if (file.startsWith('file:')) {
    if (fileURLToPath === undefined) fileURLToPath = require('internal/url').fileURLToPath;
    file = fileURLToPath(file);
  }
  if (fs === undefined) fs = require('fs');
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

// Whether call-site columns count UTF-8 bytes (QuickJS) rather than UTF-16
// code units (V8): two probes differing only by a two-byte character before
// the call tell.
let byteColumns;
function columnsCountBytes() {
  if (byteColumns !== undefined) return byteColumns;
  byteColumns = false;
  const savedPrepare = Error.prepareStackTrace;
  try {
    Error.prepareStackTrace = (_, callSites) => callSites;
    const probe = (prefix) => {
      // eslint-disable-next-line no-eval
      const stack = (0, eval)(`'${prefix}';(function probe() { return new Error(); })()`).stack;
      return Array.isArray(stack) && stack.length > 0 ? stack[0].getColumnNumber() : undefined;
    };
    const ascii = probe('a');
    const twoBytes = probe('\u00e4');
    byteColumns = typeof ascii === 'number' && twoBytes === ascii + 1;
  } catch {
    // Keep UTF-16 columns.
  } finally {
    Error.prepareStackTrace = savedPrepare;
  }
  return byteColumns;
}

// Offset of 1-based line/column in `src`, or -1.
function offsetOf(src, line, column) {
  let pos = 0;
  for (let n = 1; n < line; n++) {
    pos = src.indexOf('\n', pos);
    if (pos === -1) return -1;
    pos++;
  }
  if (!columnsCountBytes()) return pos + column - 1;
  let bytes = 0;
  while (bytes < column - 1 && pos < src.length) {
    const c = src.charCodeAt(pos);
    if (c === 10) break;
    if (c < 0x80) {
      bytes += 1;
    } else if (c < 0x800) {
      bytes += 2;
    } else if (c >= 0xd800 && c <= 0xdbff && pos + 1 < src.length) {
      bytes += 4;
      pos++;
    } else {
      bytes += 3;
    }
    pos++;
  }
  return pos;
}

// "The expression evaluated to a falsy value:\n\n  <call>\n", or undefined
// when the source can't be read (the caller then falls back to "x == true").
function getErrMessage(fn) {
  let site;
  try {
    site = getCallSite(fn);
  } catch {
    return undefined;
  }
  if (site === undefined || !(site.line > 0) || !(site.column > 0)) return undefined;
  const key = `${site.file}:${site.line}:${site.column}`;
  if (errorCache.has(key)) return errorCache.get(key);
  let message;
  const src = readSource(site.file);
  if (src !== undefined) {
    const pos = offsetOf(src, site.line, site.column);
    if (pos !== -1) {
      const names = ['assert', 'ok', 'strict'];
      if (fn.name && !names.includes(fn.name)) names.push(fn.name);
      let code;
      try {
        code = findCallExpression(src, pos, names);
      } catch {
        code = undefined;
      }
      if (code !== undefined) {
        // Control characters (but tabs) are shown as escapes.
        code = code.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, (c) => JSON.stringify(c).slice(1, -1));
        message = `The expression evaluated to a falsy value:\n\n  ${code}\n`;
      }
    }
  }
  if (errorCache.size >= kMaxCachedMessages) errorCache.clear();
  errorCache.set(key, message);
  return message;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = getErrMessage(fn);
  } else if (isError(message)) {
    throw message;
  }
  const err = new AssertionError({
    actual: value,
    expected: true,
    message,
    operator: '==',
    stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

function innerFail(obj) {
  if (isError(obj.message)) throw obj.message;
  throw new AssertionError(obj);
}

module.exports = {
  innerFail,
  innerOk,
  isError,
};
