'use strict';

// Frame positions as V8 reports them. QuickJS gives a calling frame the position of
// the last expression it evaluated before the call (often inside the arguments) and
// the frame that runs `new X(...)` the position of X; V8 gives the callee's name (a
// method's property name) and `new`. Both are recovered from the source text, read
// once per file when a stack is first formatted. Positions that can't be placed
// with confidence are left as the engine gave them.
//
// The source cache here also serves engine messages (internal/bootstrap/
// engine_messages) and the uncaught-error arrow (internal/process/execution).

const { readFileUtf8 } = internalBinding('fs');

const kMaxFiles = 64;
const kSearchWindow = 4096;

// file -> { text, lineStarts } or null when unreadable.
const sources = new Map();

function indexLines(text) {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    lineStarts.push(i + 1);
  }
  return { text, lineStarts };
}

function loadSource(file) {
  let entry = sources.get(file);
  if (entry !== undefined) return entry;
  entry = null;
  // -e and stdin programs: their text as registered by the runner.
  const registered = file.startsWith('[') ?
    require('internal/process/execution').registeredSource(file) : undefined;
  if (typeof registered === 'string') {
    sources.set(file, indexLines(registered));
    return sources.get(file);
  }
  let path = file;
  if (path.startsWith('file://')) {
    try {
      path = decodeURIComponent(new URL(path).pathname);
    } catch {
      path = null;
    }
  }
  if (path !== null && path.startsWith('/')) {
    try {
      entry = indexLines(readFileUtf8(path));
    } catch {
      // Not a readable file (deleted, or not a path at all): keep the engine's.
    }
  }
  if (sources.size >= kMaxFiles) sources.delete(sources.keys().next().value);
  sources.set(file, entry);
  return entry;
}

// Line `line` (1-based) of `file`, without its line ending, or undefined.
function sourceLine(file, line) {
  if (typeof file !== 'string' || !(line >= 1)) return undefined;
  const src = loadSource(file);
  if (src === null || line > src.lineStarts.length) return undefined;
  const start = src.lineStarts[line - 1];
  const end = line < src.lineStarts.length ? src.lineStarts[line] - 1 : src.text.length;
  const text = src.text.slice(start, end);
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}

function offsetOf(src, line, column) {
  if (line < 1 || line > src.lineStarts.length || column < 1) return -1;
  return src.lineStarts[line - 1] + column - 1;
}

function positionOf(src, offset) {
  // The last line start at or before offset.
  let lo = 0;
  let hi = src.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (src.lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - src.lineStarts[lo] + 1 };
}

const identifierChar = /[\w$]/;
const newBefore = /\bnew\s+$/;
const functionBefore = /\bfunction\s*\*?\s*$/;

// The offset of `new` when `new` (and only whitespace) precedes `offset`.
function newKeywordBefore(text, offset) {
  const start = Math.max(0, offset - 64);
  const m = newBefore.exec(text.slice(start, offset));
  return m === null ? -1 : start + m.index;
}

// The nearest call of `name` that starts at or before `offset`: the name as a whole
// identifier, followed by `(`, `?.(` or a template literal.
function callOf(text, name, offset) {
  const from = Math.max(0, offset - kSearchWindow);
  let k = text.lastIndexOf(name, offset);
  while (k >= from) {
    const before = k > 0 ? text[k - 1] : '';
    const afterIndex = k + name.length;
    // The call is in the same statement, and is not the function's declaration.
    const semicolon = text.indexOf(';', k);
    if (semicolon !== -1 && semicolon < offset) return -1;
    if (!identifierChar.test(before) && !identifierChar.test(text[afterIndex] || '') &&
        !functionBefore.test(text.slice(Math.max(0, k - 16), k))) {
      let j = afterIndex;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\n' || text[j] === '\r')) j++;
      if (text[j] === '(' || text[j] === '`' || (text[j] === '?' && text[j + 1] === '.')) return k;
    }
    if (k === 0) break;
    k = text.lastIndexOf(name, k - 1);
  }
  return -1;
}

const plainName = /^[A-Za-z_$][\w$]*$/;

/**
 * V8's position for frame `index` of `callsites` (engine call sites), or undefined
 * to keep the engine's.
 * @returns {{ line: number, column: number } | undefined}
 */
function v8Position(callsites, index, hidden) {
  const cs = callsites[index];
  if (cs.isNative()) return undefined;
  const file = cs.getFileName();
  const line = cs.getLineNumber();
  const column = cs.getColumnNumber();
  if (typeof file !== 'string' || file.startsWith('node:') || !(line >= 1)) return undefined;
  const src = loadSource(file);
  if (src === null) return undefined;
  const offset = offsetOf(src, line, column);
  if (offset < 0 || offset >= src.text.length) return undefined;
  let name;
  if (index > 0) {
    name = callsites[index - 1].getFunctionName();
  } else if (typeof hidden === 'function') {
    // Error.captureStackTrace(obj, fn): the first frame is a call of fn.
    name = hidden.name;
  } else {
    // The frame that made the error: V8 points at `new` of `new Error(...)`.
    const k = newKeywordBefore(src.text, offset);
    return k === -1 ? undefined : positionOf(src, k);
  }
  if (typeof name !== 'string' || !plainName.test(name)) return undefined;
  let k = callOf(src.text, name, offset);
  if (k === -1) return undefined;
  // A construct call (`new X(...)`): V8 points at `new`.
  const n = newKeywordBefore(src.text, k);
  if (n !== -1) k = n;
  return positionOf(src, k);
}

// Whether the call at (line, column) of `file`, a V8 position (the callee's name),
// is a method call: a `.` or `?.` right before the name.
function isMethodCall(file, line, column) {
  if (typeof file !== 'string') return false;
  const src = loadSource(file);
  if (src === null) return false;
  let k = offsetOf(src, line, column) - 1;
  while (k >= 0 && (src.text[k] === ' ' || src.text[k] === '\t' || src.text[k] === '\n')) k--;
  return k >= 0 && src.text[k] === '.';
}

module.exports = { isMethodCall, sourceLine, v8Position };
