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
// A small tokenizer: just enough JavaScript to find where a call on one line
// starts and ends (strings, templates, regexps and comments may hold parens).

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

const regexpAfterKeyword = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw',
  'case', 'do', 'else', 'yield', 'await',
]);

// Index just past the quote closing the string opened at `i`.
function skipString(line, i) {
  const quote = line.charCodeAt(i);
  for (i++; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 92) i++;
    else if (c === quote) return i + 1;
  }
  return line.length;
}

// Index just past the template opened at `i`, `${...}` parts included.
function skipTemplate(line, i) {
  for (i++; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 92) {
      i++;
    } else if (c === 96) {
      return i + 1;
    } else if (c === 36 && line.charCodeAt(i + 1) === 123) {
      i = skipCode(line, i + 2) - 1;
    }
  }
  return line.length;
}

// Index just past the `}` closing code that starts at `i`.
function skipCode(line, i) {
  let depth = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === 39 || c === 34) {
      i = skipString(line, i);
    } else if (c === 96) {
      i = skipTemplate(line, i);
    } else if (c === 47 && line.charCodeAt(i + 1) === 42) {
      const end = line.indexOf('*/', i + 2);
      i = end === -1 ? line.length : end + 2;
    } else if (c === 47 && line.charCodeAt(i + 1) === 47) {
      return line.length;
    } else {
      if (c === 123) depth++;
      else if (c === 125 && depth-- === 0) return i + 1;
      i++;
    }
  }
  return line.length;
}

function skipRegExp(line, i) {
  let inClass = false;
  for (i++; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 92) {
      i++;
    } else if (c === 91) {
      inClass = true;
    } else if (c === 93) {
      inClass = false;
    } else if (c === 47 && !inClass) {
      i++;
      while (i < line.length && isIdentPart(line.charCodeAt(i))) i++;
      return i;
    }
  }
  return line.length;
}

function tokenize(line) {
  const tokens = [];
  let i = 0;
  let regexpAllowed = true;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    const start = i;
    if (c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0xfeff) {
      i++;
      continue;
    }
    if (c === 47 && line.charCodeAt(i + 1) === 47) break;
    if (c === 47 && line.charCodeAt(i + 1) === 42) {
      const end = line.indexOf('*/', i + 2);
      i = end === -1 ? line.length : end + 2;
      continue;
    }
    let type;
    let value;
    if (isIdentStart(c)) {
      while (i < line.length && isIdentPart(line.charCodeAt(i))) i++;
      value = line.slice(start, i);
      type = kIdent;
      regexpAllowed = regexpAfterKeyword.has(value);
    } else if (c >= 48 && c <= 57) {
      while (i < line.length && (isIdentPart(line.charCodeAt(i)) || line.charCodeAt(i) === 46)) i++;
      type = kOther;
      regexpAllowed = false;
    } else if (c === 39 || c === 34) {
      i = skipString(line, i);
      type = kOther;
      regexpAllowed = false;
    } else if (c === 96) {
      i = skipTemplate(line, i);
      type = kOther;
      regexpAllowed = false;
    } else if (c === 47 && regexpAllowed) {
      i = skipRegExp(line, i);
      type = kOther;
      regexpAllowed = false;
    } else {
      type = kPunct;
      if (c === 63 && line.charCodeAt(i + 1) === 46 &&
          !(line.charCodeAt(i + 2) >= 48 && line.charCodeAt(i + 2) <= 57)) {
        value = '?.';
        i += 2;
      } else if (c === 46 && line.charCodeAt(i + 1) >= 48 && line.charCodeAt(i + 1) <= 57) {
        // A number such as .5
        i++;
        while (i < line.length && isIdentPart(line.charCodeAt(i))) i++;
        type = kOther;
      } else if (c === 46 && line.startsWith('...', i)) {
        value = '...';
        i += 3;
      } else {
        value = line[i];
        i++;
      }
      regexpAllowed = !(value === ')' || value === ']' || value === '}' || type === kOther);
    }
    tokens.push({ type, value, start, end: i });
  }
  return tokens;
}

function isPunct(token, value) {
  return token !== undefined && token.type === kPunct && token.value === value;
}

// Index of the `[` matching the `]` at `close`, or -1.
function findOpenBracket(tokens, close) {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const t = tokens[i];
    if (t.type !== kPunct) continue;
    if (t.value === ']' || t.value === ')') depth++;
    else if (t.value === '[' || t.value === '(') {
      if (--depth === 0) return t.value === '[' ? i : -1;
    }
  }
  return -1;
}

// The call expression of `line` at `column` (0-based), from the start of its
// callee (`a.b['c'].ok`) to its closing parenthesis, or to the end of the
// line when the call goes on. undefined when it can't be made out.
function findCallExpression(line, column) {
  const tokens = tokenize(line);
  let start = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].end > column) {
      start = i;
      break;
    }
  }
  if (start === -1) return undefined;

  // The position may be the call's own parenthesis.
  if (isPunct(tokens[start], '(')) {
    const prev = tokens[start - 1];
    if (prev !== undefined && prev.type === kIdent) {
      start--;
    } else if (isPunct(prev, ']')) {
      const open = findOpenBracket(tokens, start - 1);
      if (open > 0 && tokens[open - 1].type === kIdent) start = open - 1;
    }
  }
  // Walk back over the member chain holding the callee.
  while (tokens[start].type === kIdent && start >= 2) {
    const dot = tokens[start - 1];
    if (!isPunct(dot, '.') && !isPunct(dot, '?.')) break;
    const obj = tokens[start - 2];
    if (obj.type === kIdent) {
      start -= 2;
    } else if (isPunct(obj, ']')) {
      const open = findOpenBracket(tokens, start - 2);
      if (open > 0 && tokens[open - 1].type === kIdent) start = open - 1;
      else break;
    } else {
      break;
    }
  }

  let depth = 0;
  let inCall = false;
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== kPunct) continue;
    const v = t.value;
    if (v === ';') return undefined;
    if (v === '(' || v === '[' || v === '{') {
      if (depth === 0 && v === '(') inCall = true;
      depth++;
    } else if (v === ')' || v === ']' || v === '}') {
      if (--depth < 0) return undefined;
      if (depth === 0 && inCall) {
        return line.slice(tokens[start].start, t.end);
      }
    }
  }
  if (!inCall) return undefined;
  return line.slice(tokens[start].start).trimStart();
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

function readSourceLine(file, lineNumber) {
  if (file.startsWith('node:')) return undefined;
  if (file.startsWith('file:')) {
    if (fileURLToPath === undefined) fileURLToPath = require('internal/url').fileURLToPath;
    file = fileURLToPath(file);
  }
  if (fs === undefined) fs = require('fs');
  let source;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  let pos = 0;
  for (let n = 1; n < lineNumber; n++) {
    pos = source.indexOf('\n', pos);
    if (pos === -1) return undefined;
    pos++;
  }
  let end = source.indexOf('\n', pos);
  if (end === -1) end = source.length;
  let line = source.slice(pos, end);
  if (line.endsWith('\r')) line = line.slice(0, -1);
  if (lineNumber === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
  return line;
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
  const line = readSourceLine(site.file, site.line);
  if (line !== undefined) {
    const code = findCallExpression(line, site.column - 1);
    if (code !== undefined) {
      message = `The expression evaluated to a falsy value:\n\n  ${code}\n`;
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
  findCallExpression,
  innerFail,
  innerOk,
  isError,
};
