// rode's interactive REPL (`rode` on a terminal, `rode -i`): lines come from the native
// line editor, inputs run as sloppy global scripts, and what is printed follows Node 24's
// REPL (prompts, `_` / `_error`, "Uncaught ..." reports, multi-line input, top-level
// await, builtin modules as globals, dot-commands).

const { inspect, inspectDefaultOptions, isError } = require('internal/util/inspect');

const kPrompt = '> ';
const kContinuationPrompt = '| ';
const kBreakLength = 80;

// [name, help text, terminal only]
const kCommands = [
  ['break', 'Sometimes you get stuck, this gets you out', false],
  ['clear', 'Alias for .break', false],
  ['editor', 'Enter editor mode', true],
  ['exit', 'Exit the REPL', false],
  ['help', 'Print this help message', false],
  ['load', 'Load JS from a file into the REPL session', false],
  ['save', 'Save all evaluated commands in this REPL session to a file', false],
];

let binding;
let contextify;
let terminal = false;
let writerOptions;

let counter = 0; // names inputs REPL1, REPL2... (every evaluation attempt counts)
let buffer = []; // lines of a multi-line input still being typed
let sessionLines = []; // what .save writes
let editorLines = null; // non-null while in .editor mode
let sawSIGINT = false;
let busy = false; // a top-level await input is still running
let readScheduled = false;

let lastValue;
let lastError;
let underscoreAssigned = false;
let underscoreErrAssigned = false;

function write(s) {
  process.stdout.write(s);
}

// ---------------------------------------------------------------------------
// The context: `module`, `require`, `_`, `_error` and lazily loaded builtins.

function setupContext() {
  const { Module } = require('internal/modules/cjs/loader');
  const { makeRequireFunction } = require('internal/modules/helpers');
  const { BuiltinModule } = require('internal/bootstrap/realm');

  const replModule = new Module('<repl>');
  replModule.paths = Module._nodeModulePaths(process.cwd());
  const replRequire = makeRequireFunction(replModule);
  const data = (value) => ({ value, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(globalThis, 'module', data(replModule));
  Object.defineProperty(globalThis, 'require', data(replRequire));

  for (const name of BuiltinModule.getCanBeRequiredByUsersWithoutSchemeList()) {
    if (name[0] === '_' || name.includes('/') || name in globalThis) continue;
    Object.defineProperty(globalThis, name, {
      get() {
        return replRequire(name);
      },
      set: function setReal(value) {
        Object.defineProperty(globalThis, name, {
          value, writable: true, enumerable: true, configurable: true,
        });
      },
      enumerable: false,
      configurable: true,
    });
  }

  Object.defineProperty(globalThis, '_', {
    get() {
      return lastValue;
    },
    set(value) {
      lastValue = value;
      if (!underscoreAssigned) {
        underscoreAssigned = true;
        write('Expression assignment to _ now disabled.\n');
      }
    },
    enumerable: false,
    configurable: true,
  });
  Object.defineProperty(globalThis, '_error', {
    get() {
      return lastError;
    },
    set(value) {
      lastError = value;
      if (!underscoreErrAssigned) {
        underscoreErrAssigned = true;
        write('Expression assignment to _error now disabled.\n');
      }
    },
    enumerable: false,
    configurable: true,
  });
}

// ---------------------------------------------------------------------------
// A small JavaScript tokenizer: enough to tell whether an input stopped inside a
// template literal, comment or bracket, to find `await` outside functions, and to
// rewrite such inputs.

const kRegexAfterWord = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new',
  'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await', 'extends']);
const kPuncts = new Set(['>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=',
  '||=', '??=', '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=',
  '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<', '>>', '**']);
const kNumberRe = /0[xXbBoO][\da-fA-F_]+n?|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?n?/y;
const kNameRe = /#?(?:[A-Za-z_$\u0080-\uffff]|\\u[\da-fA-F{])(?:[\w$\u0080-\uffff]|\\u[\da-fA-F{}]+)*/y;

/**
 * @returns {{ tokens: object[], state: string|null, open: string[], openAt: number[] }}
 *   tokens ({ type, value, start, end, nl, subOpen, subClose }), `state` ('template',
 *   'comment', 'string' or 'regex' when the source ends inside one), and the brackets
 *   still open at the end with their offsets.
 */
function tokenize(src) {
  const tokens = [];
  const open = [];
  const openAt = []; // where each bracket in `open` starts
  const n = src.length;
  let i = 0;
  let nl = false;
  let state = null;

  function push(type, start, end, extra) {
    const t = { type, value: src.slice(start, end), start, end, nl };
    if (extra !== undefined) Object.assign(t, extra);
    tokens.push(t);
    nl = false;
  }

  function regexAllowed() {
    const p = tokens[tokens.length - 1];
    if (p === undefined) return true;
    if (p.type === 'punct') return p.value !== ')' && p.value !== ']' && p.value !== '}';
    if (p.type === 'name') return kRegexAfterWord.has(p.value);
    return false;
  }

  // Scans template text from `from` (just after '`' or the '}' ending a substitution).
  function template(start, from, subClose) {
    let j = from;
    while (j < n) {
      const c = src[j];
      if (c === '\\') {
        j += 2;
      } else if (c === '`') {
        push('tpl', start, j + 1, { subClose, subOpen: false });
        return j + 1;
      } else if (c === '$' && src[j + 1] === '{') {
        push('tpl', start, j + 2, { subClose, subOpen: true });
        open.push('${');
        openAt.push(j);
        return j + 2;
      } else {
        j++;
      }
    }
    state = 'template';
    return -1;
  }

  while (i < n) {
    const c = src[i];
    if (c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029') {
      nl = true;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || (c > '~' && /\s/.test(c))) {
      i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      while (i < n && src[i] !== '\n' && src[i] !== '\r') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      if (end === -1) {
        state = 'comment';
        break;
      }
      if (/[\n\r\u2028\u2029]/.test(src.slice(i, end))) nl = true;
      i = end + 2;
      continue;
    }
    const start = i;
    if (c === '`') {
      i = template(start, i + 1, false);
      if (i === -1) break;
      continue;
    }
    if (c === '"' || c === '\'') {
      let j = i + 1;
      for (;;) {
        if (j >= n || src[j] === '\n' || src[j] === '\r') {
          state = 'string';
          break;
        }
        if (src[j] === '\\') {
          j += src[j + 1] === '\r' && src[j + 2] === '\n' ? 3 : 2;
        } else if (src[j] === c) {
          break;
        } else {
          j++;
        }
      }
      if (state !== null) break;
      push('str', start, j + 1);
      i = j + 1;
      continue;
    }
    if ((c >= '0' && c <= '9') || (c === '.' && src[i + 1] >= '0' && src[i + 1] <= '9')) {
      kNumberRe.lastIndex = i;
      const m = kNumberRe.exec(src);
      i = m === null ? i + 1 : i + m[0].length;
      push('num', start, i);
      continue;
    }
    kNameRe.lastIndex = i;
    const name = kNameRe.exec(src);
    if (name !== null) {
      i += name[0].length;
      push('name', start, i);
      continue;
    }
    if (c === '/' && regexAllowed()) {
      let j = i + 1;
      let inClass = false;
      for (;;) {
        const d = src[j];
        if (j >= n || d === '\n' || d === '\r') {
          state = 'regex';
          break;
        }
        if (d === '\\') {
          j += 2;
          continue;
        }
        if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
        j++;
      }
      if (state !== null) break;
      j++;
      while (j < n && /[\w$]/.test(src[j])) j++;
      push('regex', start, j);
      i = j;
      continue;
    }
    if (c === '}' && open[open.length - 1] === '${') {
      open.pop();
      openAt.pop();
      i = template(start, i + 1, true);
      if (i === -1) break;
      continue;
    }
    let len = 1;
    for (let k = 4; k > 1; k--) {
      if (kPuncts.has(src.slice(i, i + k))) {
        len = k;
        break;
      }
    }
    i += len;
    push('punct', start, i);
    if (len === 1) {
      if (c === '(' || c === '[' || c === '{') {
        open.push(c);
        openAt.push(start);
      } else if (c === ')' || c === ']' || c === '}') {
        open.pop();
        openAt.pop();
      }
    }
  }
  return { tokens, state, open, openAt };
}

const kBlockHeads = new Set(['if', 'for', 'while', 'switch', 'catch', 'with', 'await']);

/**
 * Marks every token with `bdepth` (brackets open before it; a closing bracket carries
 * the depth after it), `inFn` (inside a function or class body, so `await` there is not
 * top-level) and, on ')', `match` (index of its '(').
 */
function analyze(tokens) {
  const stack = []; // { open, fn, idx }
  let fnDepth = 0;
  let brackets = 0;
  let classDepth = -1;

  function popArrows() {
    while (stack.length > 0 && stack[stack.length - 1].open === 'arrow') {
      stack.pop();
      fnDepth--;
    }
  }
  function popBracket() {
    popArrows();
    const e = stack.pop();
    if (e !== undefined) {
      brackets--;
      if (e.fn) fnDepth--;
    }
    return e;
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // A concise arrow body also ends where a new line starts a new statement.
    if (t.nl && stack.length > 0 && stack[stack.length - 1].open === 'arrow' &&
        canEndStatement(tokens[i - 1]) && startsStatementAfterNewline(t)) {
      popArrows();
    }
    t.inFn = fnDepth > 0;
    t.bdepth = brackets;
    if (t.type === 'tpl') {
      if (t.subClose) {
        popBracket();
        t.bdepth = brackets;
      }
      if (t.subOpen) {
        stack.push({ open: '${', fn: false, idx: i });
        brackets++;
      }
      continue;
    }
    if (t.type === 'name') {
      if (t.value === 'class' && tokens[i - 1]?.value !== '.' &&
          tokens[i + 1]?.value !== ':') {
        classDepth = brackets;
      }
      continue;
    }
    if (t.type !== 'punct') continue;
    const v = t.value;
    if (v === '(' || v === '[') {
      stack.push({ open: v, fn: false, idx: i });
      brackets++;
    } else if (v === '{') {
      const p = tokens[i - 1];
      let fn = false;
      if (classDepth === brackets) {
        fn = true;
        classDepth = -1;
      } else if (p !== undefined && p.type === 'punct' && p.value === '=>') {
        fn = true;
      } else if (p !== undefined && p.type === 'punct' && p.value === ')' && p.match > 0) {
        const before = tokens[p.match - 1];
        fn = before.type === 'name' ? !kBlockHeads.has(before.value) :
          before.type === 'str' || before.type === 'num' ||
          (before.type === 'punct' && (before.value === ']' || before.value === '*'));
      } else if (p !== undefined && p.type === 'name' && p.value === 'static' &&
                 fnDepth > 0) {
        fn = true;
      }
      stack.push({ open: '{', fn, idx: i });
      brackets++;
      if (fn) fnDepth++;
    } else if (v === ')' || v === ']' || v === '}') {
      const e = popBracket();
      t.bdepth = brackets;
      if (v === ')' && e !== undefined) t.match = e.idx;
      if (v === '}' && e !== undefined) t.match = e.idx;
    } else if (v === '=>') {
      const next = tokens[i + 1];
      if (next === undefined || next.type !== 'punct' || next.value !== '{') {
        stack.push({ open: 'arrow', fn: true, idx: i });
        fnDepth++;
      }
    } else if (v === ',' || v === ';') {
      popArrows();
      t.inFn = fnDepth > 0;
    }
  }
}

function isTopLevelAwait(tokens, i) {
  const t = tokens[i];
  if (t.type !== 'name' || t.value !== 'await' || t.inFn) return false;
  const p = tokens[i - 1];
  if (p !== undefined && p.type === 'punct' && (p.value === '.' || p.value === '?.')) {
    return false;
  }
  const next = tokens[i + 1];
  if (next !== undefined && next.type === 'punct' &&
      (next.value === ':' || next.value === '=' || next.value === ',' ||
       next.value === ')' || next.value === '}')) {
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Top-level await: the input runs inside an async arrow function. Top-level
// declarations become assignments to variables declared outside it (so they stay
// global), and the last expression statement's value is returned in a box (so a
// promise result is printed, not awaited).

const kNotExpressionStart = new Set(['if', 'for', 'while', 'do', 'switch', 'try', 'return',
  'throw', 'break', 'continue', 'var', 'let', 'const', 'function', 'class', 'import',
  'export', 'debugger', 'with', 'else', 'catch', 'finally']);
const kStatementBraceAfter = new Set(['else', 'try', 'catch', 'finally', 'do']);
const kNoStatementEnd = new Set(['typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void',
  'await', 'yield', 'case', 'extends', 'var', 'let', 'const', 'else', 'do', 'return',
  'throw', 'async', 'function', 'class']);
const kContinuesExpression = new Set(['.', '?.', '(', '[', ',', '=>', '?', ':', '+', '-',
  '*', '/', '%', '**', '==', '!=', '===', '!==', '<', '>', '<=', '>=', '&&', '||', '??',
  '&', '|', '^', '<<', '>>', '>>>', '=', '+=', '-=', '*=', '/=', '%=', '**=', '<<=', '>>=',
  '>>>=', '&=', '|=', '^=', '&&=', '||=', '??=', ')', ']', '}', ';']);

function canEndStatement(t) {
  switch (t.type) {
    case 'name': return !kNoStatementEnd.has(t.value);
    case 'num': case 'str': case 'regex': return true;
    case 'tpl': return !t.subOpen;
    default:
      return t.value === ')' || t.value === ']' || t.value === '}' ||
        t.value === '++' || t.value === '--';
  }
}

function startsStatementAfterNewline(t) {
  if (t.type === 'punct') {
    if (t.value === '++' || t.value === '--') return true;
    return !kContinuesExpression.has(t.value);
  }
  if (t.type === 'tpl') return false;
  if (t.type === 'name') return t.value !== 'in' && t.value !== 'instanceof' && t.value !== 'of';
  return true;
}

function isStatementBrace(tokens, i, start) {
  if (i === start) return true;
  const p = tokens[i - 1];
  if (p.type === 'name' && kStatementBraceAfter.has(p.value)) return true;
  if (p.type === 'punct' && p.value === ')' && p.match > 0) {
    const before = tokens[p.match - 1];
    if (before.type === 'name' && kBlockHeads.has(before.value)) return true;
  }
  const first = tokens[start];
  if (first.type === 'name' && (first.value === 'function' || first.value === 'class' ||
      (first.value === 'async' && tokens[start + 1]?.value === 'function'))) {
    for (let k = start; k < i; k++) {
      if (tokens[k].bdepth === 0 && tokens[k].value === '{') return false;
    }
    return true;
  }
  return false;
}

// Top-level statements as [start, end) token ranges (a trailing ';' included).
function splitStatements(tokens) {
  const statements = [];
  let start = 0;
  const braceIsStatement = new Map();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.bdepth !== 0) continue;
    if (i > start) {
      const p = tokens[i - 1];
      let boundary = false;
      if (p.bdepth === 0 && p.type === 'punct' && p.value === '}' &&
          braceIsStatement.get(p.match) === true) {
        boundary = true;
      } else if (t.nl && canEndStatement(p) && startsStatementAfterNewline(t)) {
        boundary = true;
      }
      if (boundary) {
        statements.push([start, i]);
        start = i;
      }
    }
    if (t.type === 'punct') {
      if (t.value === '{') {
        braceIsStatement.set(i, isStatementBrace(tokens, i, start));
      } else if (t.value === ';') {
        statements.push([start, i + 1]);
        start = i + 1;
      }
    }
  }
  if (start < tokens.length) statements.push([start, tokens.length]);
  return statements;
}

// Index just past an initializer or default value: the next ',' or closing bracket at
// the starting depth.
function skipExpression(tokens, i, end) {
  const depth = tokens[i] === undefined ? 0 : tokens[i].bdepth;
  for (; i < end; i++) {
    const t = tokens[i];
    if (t.bdepth < depth) return i;
    if (t.bdepth === depth && t.type === 'punct' && t.value === ',') return i;
  }
  return i;
}

function matchingClose(tokens, i, end) {
  const depth = tokens[i].bdepth;
  for (let k = i + 1; k < end; k++) {
    const t = tokens[k];
    if (t.bdepth === depth && t.type === 'punct' &&
        (t.value === '}' || t.value === ']' || t.value === ')')) {
      return k;
    }
  }
  return end;
}

// Collects the names a binding target declares; returns the index after it.
function bindingTarget(tokens, i, end, names) {
  const t = tokens[i];
  if (t === undefined || i >= end) return end;
  if (t.type === 'name') {
    names.push(t.value);
    return i + 1;
  }
  if (t.type !== 'punct' || (t.value !== '{' && t.value !== '[')) return end;
  const close = matchingClose(tokens, i, end);
  const isObject = t.value === '{';
  let k = i + 1;
  while (k < close) {
    const e = tokens[k];
    if (e.type === 'punct' && e.value === ',') {
      k++;
      continue;
    }
    if (e.type === 'punct' && e.value === '...') {
      k = bindingTarget(tokens, k + 1, close, names);
    } else if (isObject) {
      let key = e;
      if (e.type === 'punct' && e.value === '[') {
        k = matchingClose(tokens, k, close) + 1;
        key = undefined;
      } else {
        k++;
      }
      const sep = tokens[k];
      if (k < close && sep.type === 'punct' && sep.value === ':') {
        k = bindingTarget(tokens, k + 1, close, names);
      } else if (key !== undefined && key.type === 'name') {
        names.push(key.value);
      }
    } else {
      k = bindingTarget(tokens, k, close, names);
    }
    if (k < close && tokens[k].type === 'punct' && tokens[k].value === '=') {
      k = skipExpression(tokens, k + 1, close);
    }
    if (k < close && !(tokens[k].type === 'punct' && tokens[k].value === ',')) return end;
  }
  return close + 1;
}

function declaredNames(tokens, i, end) {
  const names = [];
  while (i < end) {
    i = bindingTarget(tokens, i, end, names);
    if (i < end && tokens[i].type === 'punct' && tokens[i].value === '=') {
      i = skipExpression(tokens, i + 1, end);
    }
    if (i < end && tokens[i].type === 'punct' && tokens[i].value === ',') {
      i++;
    } else {
      break;
    }
  }
  return i >= end ? names : undefined;
}

function isExpressionStatement(tokens, s) {
  const f = tokens[s];
  if (f.type === 'punct') return f.value !== '{' && f.value !== ';';
  if (f.type !== 'name') return true;
  if (kNotExpressionStart.has(f.value)) return false;
  if (f.value === 'async' && tokens[s + 1]?.value === 'function' && !tokens[s + 1].nl) {
    return false;
  }
  const next = tokens[s + 1];
  return !(next !== undefined && next.type === 'punct' && next.value === ':');
}

/**
 * Rewrites an input with top-level `await` into a script whose completion value is a
 * promise for `{ value }` (the last expression statement) or `undefined`. Returns
 * undefined when the input has no top-level await.
 */
function processTopLevelAwait(source) {
  const { tokens, state } = tokenize(source);
  if (state !== null) return undefined;
  analyze(tokens);
  let found = false;
  for (let i = 0; i < tokens.length; i++) {
    if (isTopLevelAwait(tokens, i)) {
      found = true;
      break;
    }
  }
  if (!found) return undefined;

  const hoisted = [];
  const edits = []; // [position, text to insert, end of replaced range]
  const statements = splitStatements(tokens);
  for (let n = 0; n < statements.length; n++) {
    const [s, e] = statements[n];
    let last = e - 1;
    if (tokens[last].type === 'punct' && tokens[last].value === ';') last--;
    if (last < s) continue;
    const f = tokens[s];
    const kw = f.type === 'name' ? f.value : '';
    const next = tokens[s + 1];
    if ((kw === 'var' || kw === 'const' ||
        (kw === 'let' && next !== undefined && (next.type === 'name' ||
          next.value === '[' || next.value === '{'))) && s < last) {
      const names = declaredNames(tokens, s + 1, last + 1);
      if (names === undefined) continue;
      hoisted.push(`${kw === 'var' ? 'var' : 'let'} ${names.join(', ')}; `);
      edits.push([f.start, 'void (', f.end], [tokens[last].end, ');', tokens[last].end]);
    } else if (kw === 'function' || kw === 'class' ||
               (kw === 'async' && next?.value === 'function' && !next.nl)) {
      let k = kw === 'async' ? s + 2 : s + 1;
      if (tokens[k]?.value === '*') k++;
      const id = tokens[k];
      if (id === undefined || id.type !== 'name' || k > last) continue;
      hoisted.push(`${kw === 'class' ? 'let' : 'var'} ${id.value}; `);
      edits.push([f.start, `${id.value} = `, f.start], [tokens[last].end, ';', tokens[last].end]);
    } else if (n === statements.length - 1 && isExpressionStatement(tokens, s)) {
      edits.push([f.start, 'return { value: (', f.start],
                 [tokens[last].end, ') }', tokens[last].end]);
    }
  }

  let body = '';
  let pos = 0;
  for (const [at, text, to] of edits) {
    body += source.slice(pos, at) + text;
    pos = to;
  }
  body += source.slice(pos);
  return `${hoisted.join('')}(async () => { ${body}\n})()`;
}

// ---------------------------------------------------------------------------
// Errors.

const kTopLevelFrame = /^\s+at REPL\d+:\d+:\d+$/;
const kInternalFrame = /^\s+at .*\(?node:internal\/repl:\d+:\d+\)?$/;
const kErrorLine = /^\[?(?:[A-Z][a-z0-9_]*)*Error/;

// Drops the frames of the REPL itself: the input's top level and what called it.
function trimStack(err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    return;
  }
  if (typeof stack !== 'string') return;
  let lines = stack.split('\n');
  const count = lines.length;
  for (let i = lines.length - 1; i > 0; i--) {
    if (kTopLevelFrame.test(lines[i])) {
      lines = lines.slice(0, i);
      break;
    }
  }
  lines = lines.filter((l) => !kInternalFrame.test(l));
  if (lines.length !== count) {
    try {
      err.stack = lines.join('\n');
    } catch {
      // A frozen error keeps its stack.
    }
  }
}

function prefixUncaught(text) {
  const lines = text.split(/(?<=\n)/);
  let out = '';
  let matched = false;
  for (const line of lines) {
    if (!matched && kErrorLine.test(line)) {
      out += line.length <= kBreakLength ? `Uncaught ${line}` : `Uncaught:\n${line}`;
      matched = true;
    } else {
      out += line;
    }
  }
  if (!matched) out = `${lines.length === 1 ? 'Uncaught ' : 'Uncaught:\n'}${out}`;
  return out;
}

function formatError(err, arrow = '') {
  const error = isError(err);
  if (err !== null && (typeof err === 'object' || typeof err === 'function')) trimStack(err);
  let text;
  try {
    text = inspect(err, writerOptions);
  } catch {
    text = String(err);
  }
  if (error && text[0] === '[' && text[text.length - 1] === ']') text = text.slice(1, -1);
  return prefixUncaught(arrow + text);
}

function reportError(err, arrow) {
  if (!underscoreErrAssigned) lastError = err;
  write(`${formatError(err, arrow)}\n`);
}

// { line, column, offset } of a syntax error in the input `name`, from its stack.
function errorPosition(err, source, name) {
  let stack;
  try {
    stack = String(err.stack);
  } catch {
    return undefined;
  }
  const re = /^\s+at (?:.*\()?(REPL\d+):(\d+):(\d+)\)?$/gm;
  let m;
  while ((m = re.exec(stack)) !== null) {
    if (m[1] !== name) continue;
    const line = +m[2];
    const column = +m[3];
    const lines = source.split('\n');
    if (line < 1 || line > lines.length) return undefined;
    let offset = column - 1;
    for (let i = 0; i < line - 1; i++) offset += lines[i].length + 1;
    return { line, column, offset, text: lines[line - 1] };
  }
  return undefined;
}

function isSyntaxError(err) {
  try {
    return err instanceof SyntaxError ||
      (isError(err) && err.name === 'SyntaxError');
  } catch {
    return false;
  }
}

// The SyntaxError `source` fails to parse with, if any (as opposed to one thrown while
// running). Parsed as a function body, so the script-only rules are checked by message.
function parseError(source, name, err) {
  try {
    if (typeof contextify.compileFunction === 'function') {
      contextify.compileFunction(source, name, []);
    } else {
      Function(source);
    }
  } catch (e) {
    return isSyntaxError(e) ? e : undefined;
  }
  if (err !== undefined && /return not in a function|new\.target/i.test(err.message)) {
    return err;
  }
  return undefined;
}

// A syntax error that only says the input stopped early: wait for more lines. The
// engine reports those at the end of the input (or, for a destructuring pattern, at its
// still unclosed bracket).
const kNotAboutTheEnd = /redefinition|redeclar|already been declared|not a valid|invalid keyword|not in a function|duplicate/i;

function isRecoverable(err, source, name) {
  const { state, open, openAt } = tokenize(source);
  if (state === 'template' || state === 'comment') return true;
  if (state === 'string' || state === 'regex') return false;
  let message;
  try {
    message = String(err.message);
  } catch {
    return false;
  }
  if (kNotAboutTheEnd.test(message)) return false;
  if (/end of (?:input|script|file)|unterminated/i.test(message)) return true;
  const end = source.trimEnd().length;
  const pos = errorPosition(err, source, name);
  if (pos !== undefined && pos.offset >= end) return true;
  if (open.length === 0) return false;
  // Some errors are reported where the construct began (a destructuring pattern), or
  // before the end but only because the input stops: close the open brackets and see
  // whether the first error moves past the input.
  if (pos !== undefined && openAt.includes(pos.offset)) return true;
  let closers = '';
  for (let i = open.length - 1; i >= 0; i--) {
    const b = open[i];
    closers += b === '(' ? ')' : b === '[' ? ']' : b === '{' ? '}' : '}`';
  }
  const probe = `${source}\n${closers}`;
  const e = parseError(probe, name);
  if (e === undefined) return true;
  const p = errorPosition(e, probe, name);
  return p !== undefined && p.offset >= end;
}

// The source line and carets V8 puts above a syntax error.
function syntaxArrow(err, source, name) {
  const pos = errorPosition(err, source, name);
  if (pos === undefined) return '';
  const caret = pos.column - 1;
  let len = 1;
  const { tokens, state } = tokenize(pos.text);
  const t = tokens.find((tok) => tok.start === caret);
  if (t !== undefined) {
    len = t.end - t.start;
  } else if (state === 'string' && tokens.every((tok) => tok.end <= caret)) {
    len = Math.max(1, pos.text.length - caret);
  }
  return `${pos.text}\n${' '.repeat(Math.max(0, caret))}${'^'.repeat(len)}\n\n`;
}

// ---------------------------------------------------------------------------
// Evaluation.

const kIncomplete = 0;
const kDone = 1;
const kAsync = 2;
const kNotAsync = 3;

function setLast(value) {
  if (!underscoreAssigned) lastValue = value;
}

function printResult(value) {
  setLast(value);
  let text;
  try {
    text = inspect(value, writerOptions);
  } catch (err) {
    reportError(err);
    return;
  }
  write(`${text}\n`);
}

/**
 * Runs one complete-looking input. Returns kIncomplete (wait for more lines), kDone, or
 * kAsync (a top-level await input; `done` is called when it settles).
 */
function evaluate(code, done) {
  const name = `REPL${++counter}`;
  if (code.trim() === '') return kDone;

  let source = code;
  // An input that looks like a block may be an object literal: prefer the literal.
  if (/^\s*\{/.test(code) && !/;\s*$/.test(code)) {
    const wrapped = `(${code})`;
    if (parseError(wrapped, name) === undefined) source = wrapped;
  }

  if (/\bawait\b/.test(source)) {
    const rewritten = processTopLevelAwait(source);
    if (rewritten !== undefined) {
      const status = evaluateAsync(rewritten, source, name, done);
      // Otherwise `await` was an identifier (sloppy scripts allow it), or the input is
      // wrong either way: the plain script's error says more.
      if (status !== kNotAsync) return status;
    }
  }

  let result;
  try {
    result = contextify.evalScript(source, name);
  } catch (err) {
    if (isSyntaxError(err) && parseError(source, name, err) !== undefined) {
      if (isRecoverable(err, source, name)) return kIncomplete;
      const arrow = syntaxArrow(err, source, name);
      reportError(err, arrow);
      return kDone;
    }
    reportError(err);
    return kDone;
  }
  printResult(result);
  return kDone;
}

function evaluateAsync(rewritten, source, name, done) {
  let promise;
  try {
    promise = contextify.evalScript(rewritten, name);
  } catch (err) {
    if (isSyntaxError(err) && parseError(rewritten, name, err) !== undefined) {
      const { state, open } = tokenize(source);
      if (open.length > 0 || state === 'template' || state === 'comment') return kIncomplete;
      return kNotAsync;
    }
    reportError(err);
    return kDone;
  }
  // Until it settles no line is read. Ctrl+C stops waiting for it, as in Node; on a
  // terminal the REPL stays up even if nothing else keeps the event loop alive.
  busy = true;
  let settled = false;
  const keepAlive = terminal ? setInterval(() => {}, 0x3fffffff) : undefined;
  const settle = () => {
    settled = true;
    busy = false;
    process.removeListener('SIGINT', onSigint);
    if (keepAlive !== undefined) clearInterval(keepAlive);
  };
  function onSigint() {
    if (settled) return;
    settle();
    const { codes: { ERR_SCRIPT_EXECUTION_INTERRUPTED } } = require('internal/errors');
    const err = new ERR_SCRIPT_EXECUTION_INTERRUPTED();
    try {
      err.stack = String(err.stack).split('\n')[0];
    } catch {
      // keep the full stack
    }
    reportError(err);
    done();
  }
  process.on('SIGINT', onSigint);
  promise.then((box) => {
    if (settled) return;
    settle();
    printResult(box === undefined ? undefined : box.value);
    done();
  }, (err) => {
    if (settled) return;
    settle();
    reportError(err);
    done();
  });
  return kAsync;
}

// ---------------------------------------------------------------------------
// The read loop. Each line is read from a setImmediate callback so that promise jobs
// and due timers run between inputs.

function currentPrompt() {
  if (editorLines !== null) return '';
  return buffer.length > 0 ? kContinuationPrompt : kPrompt;
}

// Without a terminal the line editor draws nothing: write the prompt as soon as the
// REPL is ready for input, as Node does.
function displayPrompt() {
  if (!terminal) write(currentPrompt());
}

function scheduleRead() {
  if (readScheduled || busy) return;
  readScheduled = true;
  setImmediate(readStep);
}

function readStep() {
  readScheduled = false;
  if (busy) return;
  const line = binding.readLine(terminal ? currentPrompt() : '');
  if (line === null) {
    if (editorLines !== null) {
      finishEditor();
      return;
    }
    process.exit();
    return;
  }
  if (typeof line !== 'string') {
    onInterrupt(line === true);
    return;
  }
  onLine(line);
}

function finishInput() {
  displayPrompt();
  scheduleRead();
}

function onInterrupt(hadText) {
  if (editorLines !== null) {
    editorLines = null;
    finishInput();
    return;
  }
  if (buffer.length > 0 || hadText) {
    buffer = [];
    sawSIGINT = false;
    finishInput();
    return;
  }
  if (sawSIGINT) {
    process.exit();
    return;
  }
  sawSIGINT = true;
  write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
  finishInput();
}

function addHistory(entry) {
  if (terminal && entry.trim() !== '' && typeof binding.addHistory === 'function') {
    binding.addHistory(entry);
  }
}

function onLine(line) {
  sawSIGINT = false;
  if (editorLines !== null) {
    editorLines.push(line);
    sessionLines.push(line);
    scheduleRead();
    return;
  }

  const trimmed = line.trim();
  if (trimmed[0] === '.' && trimmed[1] !== '.' && Number.isNaN(Number.parseFloat(trimmed))) {
    const m = /^\.(\S+)\s*(.*)$/.exec(trimmed);
    if (m !== null) {
      const command = kCommands.find(([cmd, , tty]) => cmd === m[1] && (terminal || !tty));
      if (command !== undefined) {
        addHistory(line);
        runCommand(m[1], m[2]);
        return;
      }
      if (buffer.length === 0) {
        addHistory(line);
        sessionLines.push(line);
        write('Invalid REPL keyword\n');
        finishInput();
        return;
      }
    }
  }

  buffer.push(line);
  sessionLines.push(line);
  const code = buffer.join('\n');
  const status = evaluate(code, () => finishInput());
  if (status === kIncomplete) {
    finishInput();
    return;
  }
  addHistory(code);
  buffer = [];
  if (status === kDone) finishInput();
}

function runCommand(cmd, arg) {
  switch (cmd) {
    case 'break':
    case 'clear':
      buffer = [];
      break;
    case 'exit':
      process.exit();
      return;
    case 'help': {
      const cmds = kCommands.filter(([, , tty]) => terminal || !tty);
      const width = Math.max(...cmds.map(([c]) => c.length)) + 4;
      let text = '';
      for (const [c, help] of cmds) text += `.${c}`.padEnd(width) + help + '\n';
      write(`${text}\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n`);
      break;
    }
    case 'editor':
      write('// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
      editorLines = [];
      scheduleRead();
      return;
    case 'save': {
      if (!arg) {
        write('The "file" argument must be specified\n');
        break;
      }
      try {
        require('fs').writeFileSync(arg, sessionLines.join('\n'));
        write(`Session saved to: ${arg}\n`);
      } catch {
        write(`Failed to save: ${arg}\n`);
      }
      break;
    }
    case 'load': {
      if (!arg) {
        write('The "file" argument must be specified\n');
        break;
      }
      let content;
      try {
        const fs = require('fs');
        if (!fs.statSync(arg).isFile()) throw new Error('not a file');
        content = fs.readFileSync(arg, 'utf8');
      } catch {
        write(`Failed to load: ${arg}\n`);
        break;
      }
      if (terminal) {
        for (const l of content.split('\n')) write(`${l}\n`);
      }
      buffer = [];
      runWhole(content);
      return;
    }
  }
  finishInput();
}

// .load and .editor: the text runs as one input.
function runWhole(code) {
  const after = () => {
    displayPrompt();
    finishInput();
  };
  let status = evaluate(code, after);
  if (status === kIncomplete) {
    // Not waiting for more: report what the engine says about the text.
    try {
      contextify.evalScript(code, `REPL${counter}`);
    } catch (err) {
      reportError(err);
    }
    status = kDone;
  }
  if (status === kDone) after();
}

function finishEditor() {
  const code = editorLines.join('\n');
  editorLines = null;
  if (code.trim() === '') {
    finishInput();
    return;
  }
  addHistory(code);
  runWhole(code);
}

// Errors thrown by callbacks (timers, promise jobs) after an input returned.
function onUncaughtException(err) {
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, 'uncaughtException');
    return;
  }
  reportError(err);
  if (!busy) displayPrompt();
}

function start() {
  binding = internalBinding('repl');
  contextify = internalBinding('contextify');
  terminal = internalBinding('stdio').isatty(0);
  const out = process.stdout;
  const colors = out.isTTY === true &&
    (typeof out.hasColors === 'function' ? out.hasColors() === true : true);
  writerOptions = { ...inspectDefaultOptions, showProxy: true, colors };

  setupContext();
  try {
    process.setUncaughtExceptionCaptureCallback(onUncaughtException);
  } catch {
    // A preloaded module already owns it: its callback sees the errors.
  }
  write(`Welcome to rode (Node.js ${process.version}).\nType ".help" for more information.\n`);
  displayPrompt();
  scheduleRead();
}

module.exports = { start };
