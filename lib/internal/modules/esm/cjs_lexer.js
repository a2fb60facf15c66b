// A small JavaScript scanner used by the module loaders:
// - parse(source): the named exports and re-exports of a CommonJS module,
//   detected statically with the same patterns as cjs-module-lexer
//   (exports.a =, module.exports = { a, b: c }, Object.defineProperty(exports,
//   'a', ...), module.exports = require('x'), __exportStar(require('x')),
//   Babel's Object.keys(_x).forEach(...) re-export loop).
// - containsModuleSyntax(source): whether a file that failed to compile as
//   CommonJS uses ES module syntax (import/export declarations, import.meta,
//   top-level await, or top-level declarations of the CommonJS wrapper names).
// - hasTopLevelAwait(source): whether an ES module awaits outside functions
//   (require() must refuse such a graph before running any of it).
// It tokenizes just enough (comments, strings, templates, regular expressions
// vs division, bracket nesting) to not be fooled by code inside literals, and
// jumps between significant tokens with regular expressions so that large
// bundles are scanned at native speed rather than character by character.

// Token kinds of the previous significant token, for regex-vs-division.
const K_START = 0;
const K_PUNCT = 1;        // operators and openers: a regex may follow
const K_KEYWORD = 2;      // return, typeof, ...: a regex may follow
const K_VALUE = 3;        // identifier, literal, ]: a division follows
const K_PAREN_KW = 4;     // ) closing if/while/for/with: a regex may follow
const K_PAREN = 5;        // other ): a division follows
const K_BLOCK_END = 6;    // } closing a block: a regex may follow
const K_EXPR_END = 7;     // } closing an object literal: a division follows
const K_INCDEC = 8;       // ++ / --

const regexKeywords = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case',
  'do', 'else', 'yield', 'await', 'extends',
]);
const blockKeywords = new Set(['else', 'do', 'try', 'finally']);
const parenKeywords = new Set(['if', 'while', 'for', 'with']);
const notCalleeKeywords = new Set([
  'if', 'while', 'for', 'with', 'switch', 'catch', 'return', 'typeof', 'void', 'delete',
  'await', 'yield', 'in', 'of', 'instanceof', 'new', 'case', 'throw', 'else', 'do',
]);

// What an open bracket is, worked out from what precedes it.
const B_BLOCK = 1;
const B_OBJECT = 2;
const B_FUNCTION = 4; // function body block
const B_PAREN = 5;
const B_PAREN_KW = 6; // if/while/for/with (...)
const B_PAREN_CALLEE = 7; // parameters (or call arguments) after an identifier

const identStart = new Uint8Array(128);
const identPart = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '$' || ch === '_') {
    identStart[c] = 1;
    identPart[c] = 1;
  }
  if (ch >= '0' && ch <= '9') identPart[c] = 1;
}
const idStartRe = /[\p{ID_Start}]/u;
const idContinueRe = /[\p{ID_Continue}\u200c\u200d]/u;

function isIdentStartAt(src, pos) {
  const c = src.charCodeAt(pos);
  if (c < 128) return identStart[c] === 1;
  if (c === 0x5c) return false;
  return idStartRe.test(String.fromCodePoint(src.codePointAt(pos)));
}

// Returns the end of the identifier starting at `pos` (which must be a start).
function identEnd(src, pos) {
  const len = src.length;
  pos += src.charCodeAt(pos) >= 0xd800 && src.charCodeAt(pos) <= 0xdbff ? 2 : 1;
  while (pos < len) {
    const c = src.charCodeAt(pos);
    if (c < 128) {
      if (identPart[c] === 0) break;
      pos++;
    } else {
      const cp = src.codePointAt(pos);
      if (!idContinueRe.test(String.fromCodePoint(cp))) break;
      pos += cp > 0xffff ? 2 : 1;
    }
  }
  return pos;
}

function isLineTerminator(c) {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

function isWhitespace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 ||
    c === 0xa0 || c === 0xfeff || c === 0x2028 || c === 0x2029 ||
    (c > 0x1000 && /\s/.test(String.fromCharCode(c)));
}

// Skips whitespace and comments from `pos`; returns the new position.
function skipTrivia(src, pos) {
  const len = src.length;
  while (pos < len) {
    const c = src.charCodeAt(pos);
    if (c === 47) { // '/'
      const n = src.charCodeAt(pos + 1);
      if (n === 47) {
        pos += 2;
        while (pos < len && !isLineTerminator(src.charCodeAt(pos))) pos++;
        continue;
      }
      if (n === 42) {
        const end = src.indexOf('*/', pos + 2);
        pos = end === -1 ? len : end + 2;
        continue;
      }
      return pos;
    }
    if (c < 128 ? (c === 32 || (c >= 9 && c <= 13)) : isWhitespace(c)) {
      pos++;
      continue;
    }
    return pos;
  }
  return pos;
}

// Returns the end position (after the closing quote) of the string starting
// at `pos`, or -1 when unterminated.
function stringEnd(src, pos) {
  const quote = src.charCodeAt(pos);
  const len = src.length;
  pos++;
  while (pos < len) {
    const c = src.charCodeAt(pos);
    if (c === quote) return pos + 1;
    if (c === 92) {
      pos += 2;
      continue;
    }
    if (c === 10 || c === 13) return -1;
    pos++;
  }
  return -1;
}

function decodeEscapes(body) {
  if (body.indexOf('\\') === -1) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const n = body[++i];
    switch (n) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'v': out += '\v'; break;
      case '0': out += '\0'; break;
      case 'x':
        out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
        i += 2;
        break;
      case 'u':
        if (body[i + 1] === '{') {
          const close = body.indexOf('}', i);
          out += String.fromCodePoint(parseInt(body.slice(i + 2, close), 16));
          i = close;
        } else {
          out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
          i += 4;
        }
        break;
      case '\r':
        if (body[i + 1] === '\n') i++;
        break;
      case '\n': case '\u2028': case '\u2029':
        break;
      default:
        out += n;
    }
  }
  return out;
}

// Reads a string literal at `pos` (after trivia): returns [value, end] or null.
function readString(src, pos) {
  const c = src.charCodeAt(pos);
  if (c !== 39 && c !== 34) return null;
  const end = stringEnd(src, pos);
  if (end === -1) return null;
  return [decodeEscapes(src.slice(pos + 1, end - 1)), end];
}

// Reads an identifier at `pos`: returns [name, end] or null.
function readIdent(src, pos) {
  if (pos >= src.length || !isIdentStartAt(src, pos)) return null;
  const end = identEnd(src, pos);
  return [src.slice(pos, end), end];
}

// Expects identifier `name` at the next significant position; returns the
// position after it, or -1.
function expectIdent(src, pos, name) {
  pos = skipTrivia(src, pos);
  if (!src.startsWith(name, pos)) return -1;
  const end = pos + name.length;
  if (end < src.length && identPart[src.charCodeAt(end)] === 1) return -1;
  if (end < src.length && src.charCodeAt(end) >= 128 && readIdent(src, pos)[1] !== end) return -1;
  return end;
}

// Expects punctuator `ch` (a one-char string) next; returns position after it or -1.
function expectChar(src, pos, ch) {
  pos = skipTrivia(src, pos);
  return src[pos] === ch ? pos + 1 : -1;
}

// Reads `( 'specifier' )` after `require`: returns [specifier, end] or null.
function readRequireCall(src, pos) {
  pos = expectChar(src, pos, '(');
  if (pos === -1) return null;
  pos = skipTrivia(src, pos);
  const str = readString(src, pos);
  if (str === null) return null;
  const end = expectChar(src, str[1], ')');
  if (end === -1) return null;
  return [str[0], end];
}

// The scanner jumps from one significant token to the next with regular
// expressions (which run natively) instead of visiting every character in
// JS: only quotes, comments, slashes, brackets, `;`, `,`, `=>` and the
// identifiers a caller asks about are visited. What a `/` or `{` means is
// decided by looking back at the previous significant character.

const stringRes = {
  39: /'(?:[^'\\\n\r]|\\[\s\S])*'/y,
  34: /"(?:[^"\\\n\r]|\\[\s\S])*"/y,
};
const templateRe = /(?:[^`\\$]|\\[\s\S]|\$(?!\{))*(?:`|\$\{)/y;
const regexLiteralRe =
  /\/(?:[^/\\[\n\r\u2028\u2029]|\\[^\n\r\u2028\u2029]|\[(?:[^\]\\\n\r\u2028\u2029]|\\[^\n\r\u2028\u2029])*\])+\/[A-Za-z0-9_$]*/y;
const lineEndRe = /[\n\r\u2028\u2029]/g;

function makeTokenRe(words) {
  return new RegExp(`["'\`/{}()[\\];,]|=>|(?<![\\w$])(?:${words.join('|')})(?![\\w$])`, 'g');
}

function isIdentCharCode(c) {
  if (c < 128) return identPart[c] === 1;
  return c !== 0x2028 && c !== 0x2029 && c !== 0xa0 && c !== 0xfeff &&
    idContinueRe.test(String.fromCharCode(c));
}

function isWsCode(c) {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0xfeff ||
    c === 0x2028 || c === 0x2029 || (c > 0x1000 && /\s/.test(String.fromCharCode(c)));
}

/**
 * Drives the scanner over `src`, calling `onIdent(name, start, end, state)`
 * for each occurrence (in code) of one of `words`. `state` gives the bracket
 * stack depth (`depth()`), the function nesting (`functionDepth`, kept only
 * when `trackFunctions`) and look-back helpers. If `onIdent` returns true,
 * scanning stops and scan returns true.
 */
function scan(src, words, trackFunctions, onIdent) {
  const len = src.length;
  // Open brackets: the position of each `{`, `(`, `[`, or -1 for a template
  // substitution. What a bracket is (block, object, call...) is worked out
  // only when needed, from what precedes it.
  const stack = [];
  // With trackFunctions: whether each open bracket is a function body.
  const fnStack = [];
  const tokenRe = makeTokenRe(words);
  // Comments met so far, by end position, so that looking back skips them.
  const commentStartByEnd = new Map();
  // Position of the `(` matching each `)` met so far.
  const parenOpenByClose = new Map();
  let lastCloseBracePos = -1;
  let lastCloseBraceOpen = -1;
  let lastRegexEnd = -1;
  // Text of the token prevToken() last classified (for the few callers that
  // need it).
  let prevText = '';
  // Type of the `(...)` when prevToken() last returned K_PAREN/K_PAREN_KW.
  let prevParenType = B_PAREN;
  // Concise arrow bodies (`=> expr`) count as functions until the expression
  // ends: a `,` or `;` at the same bracket depth, or a closing bracket below it.
  const arrowBodies = [];

  const state = {
    functionDepth: 0,
    depth() {
      return stack.length;
    },
    prevSignificant,
    wordEndingAt,
    prevIsDot(pos) {
      const i = prevSignificant(pos);
      if (i < 0 || src.charCodeAt(i) !== 46) return false;
      return !(i > 1 && src.charCodeAt(i - 1) === 46 && src.charCodeAt(i - 2) === 46);
    },
  };

  // Index of the last significant character before `pos`, or -1.
  function prevSignificant(pos) {
    let i = pos - 1;
    for (;;) {
      while (i >= 0 && isWsCode(src.charCodeAt(i))) i--;
      if (i < 0) return -1;
      const commentStart = commentStartByEnd.get(i + 1);
      if (commentStart === undefined) return i;
      i = commentStart - 1;
    }
  }

  // The identifier ending at index i (inclusive): [start, text].
  function wordEndingAt(i) {
    let j = i;
    while (j >= 0 && isIdentCharCode(src.charCodeAt(j))) j--;
    return [j + 1, src.slice(j + 1, i + 1)];
  }

  // Paren type from what precedes the `(` at `open`.
  function classifyParen(open) {
    const k = prevToken(open);
    if (k === K_VALUE || k === K_KEYWORD) {
      if (parenKeywords.has(prevText)) return B_PAREN_KW;
      if (prevText !== '"' && prevText !== '0' && prevText !== '/re/' &&
          !notCalleeKeywords.has(prevText)) {
        return B_PAREN_CALLEE;
      }
      return B_PAREN;
    }
    return prevText === '*' ? B_PAREN_CALLEE : B_PAREN;
  }

  // Brace type from what precedes the `{` at `open`.
  function classifyBrace(open) {
    const k = prevToken(open);
    const t = prevText;
    if (k === K_PAREN || k === K_PAREN_KW) {
      // `) {`: a function body when the parenthesis followed a callee-ish
      // identifier (function f(...) {, method(...) {), else a block.
      return k === K_PAREN && prevParenType === B_PAREN_CALLEE ? B_FUNCTION : B_BLOCK;
    }
    if (t === '=>') return B_FUNCTION;
    if (k === K_START || k === K_BLOCK_END || k === K_EXPR_END || t === ';' || t === '{' ||
        (k === K_KEYWORD && blockKeywords.has(t)) ||
        (k === K_VALUE && t !== '"' && t !== '0' && t !== '/re/')) {
      return B_BLOCK; // statement block, class body
    }
    return B_OBJECT;
  }

  // Kind (K_*) of the previous significant token before `pos`; its text is
  // left in prevText.
  function prevToken(pos) {
    const i = prevSignificant(pos);
    if (i < 0) {
      prevText = '';
      return K_START;
    }
    const c = src.charCodeAt(i);
    if (c === 41) { // )
      const open = parenOpenByClose.get(i);
      const type = open === undefined || open < 0 ? B_PAREN : classifyParen(open);
      prevText = ')';
      prevParenType = type;
      return type === B_PAREN_KW ? K_PAREN_KW : K_PAREN;
    }
    if (c === 125) { // }
      prevText = '}';
      if (i === lastCloseBracePos && lastCloseBraceOpen >= 0 &&
          classifyBrace(lastCloseBraceOpen) === B_OBJECT) {
        prevText = '}';
        return K_EXPR_END;
      }
      prevText = '}';
      return K_BLOCK_END;
    }
    if (c === 93 || c === 39 || c === 34 || c === 96) {
      prevText = '"';
      return K_VALUE;
    }
    if (i + 1 === lastRegexEnd) {
      prevText = '/re/';
      return K_VALUE;
    }
    if (isIdentCharCode(c)) {
      const [wordStart, word] = wordEndingAt(i);
      const first = word.charCodeAt(0);
      if (first >= 48 && first <= 57) {
        prevText = '0';
        return K_VALUE;
      }
      prevText = word;
      const before = prevSignificant(wordStart);
      if (before >= 0 && src.charCodeAt(before) === 46) return K_VALUE;
      return regexKeywords.has(word) ? K_KEYWORD : K_VALUE;
    }
    if ((c === 43 || c === 45) && i > 0 && src.charCodeAt(i - 1) === c) {
      prevText = c === 43 ? '++' : '--';
      return K_INCDEC;
    }
    if (c === 62 && i > 0 && src.charCodeAt(i - 1) === 61) {
      prevText = '=>';
      return K_PUNCT;
    }
    prevText = String.fromCharCode(c);
    return K_PUNCT;
  }

  function endArrowBodies(closing) {
    while (arrowBodies.length > 0) {
      const depth = arrowBodies[arrowBodies.length - 1];
      if (closing ? stack.length < depth : stack.length === depth) {
        arrowBodies.pop();
        state.functionDepth--;
      } else {
        break;
      }
    }
  }

  function pushOpen(position, isFunction) {
    stack.push(position);
    if (trackFunctions) {
      fnStack.push(isFunction);
      if (isFunction) state.functionDepth++;
    }
  }

  function popOpen() {
    if (trackFunctions && fnStack.length > 0 && fnStack.pop()) state.functionDepth--;
    return stack.length > 0 ? stack.pop() : -2;
  }

  // Scans template characters from `pos`; returns the position after the
  // closing backtick or after an opening `${` (pushed on the stack).
  function scanTemplate(pos) {
    templateRe.lastIndex = pos;
    const m = templateRe.exec(src);
    if (m === null) return len;
    const end = templateRe.lastIndex;
    if (src.charCodeAt(end - 1) === 123) pushOpen(-1, false);
    return end;
  }

  let pos = 0;
  if (src.charCodeAt(0) === 35 && src.charCodeAt(1) === 33) { // #! line
    lineEndRe.lastIndex = 0;
    const m = lineEndRe.exec(src);
    pos = m === null ? len : m.index;
    commentStartByEnd.set(pos, 0);
  }

  while (pos < len) {
    tokenRe.lastIndex = pos;
    const m = tokenRe.exec(src);
    if (m === null) break;
    const start = m.index;
    const tok = m[0];
    pos = tokenRe.lastIndex;
    const c = tok.charCodeAt(0);
    if (tok.length > 2 || (tok.length === 2 && c !== 61)) {
      // A requested identifier.
      if (onIdent(tok, start, pos, state) === true) return true;
      continue;
    }
    switch (c) {
      case 39: case 34: { // quotes
        const re = stringRes[c];
        re.lastIndex = start;
        if (re.exec(src) !== null) {
          pos = re.lastIndex;
        } else {
          lineEndRe.lastIndex = start;
          const e = lineEndRe.exec(src);
          pos = e === null ? len : e.index;
        }
        break;
      }
      case 96: // template
        pos = scanTemplate(pos);
        break;
      case 47: { // '/'
        const n = src.charCodeAt(pos);
        if (n === 47) { // line comment
          lineEndRe.lastIndex = pos;
          const e = lineEndRe.exec(src);
          pos = e === null ? len : e.index;
          commentStartByEnd.set(pos, start);
          break;
        }
        if (n === 42) { // block comment
          const e = src.indexOf('*/', pos + 1);
          pos = e === -1 ? len : e + 2;
          commentStartByEnd.set(pos, start);
          break;
        }
        const k = prevToken(start);
        if (k === K_START || k === K_PUNCT || k === K_KEYWORD || k === K_PAREN_KW ||
            k === K_BLOCK_END) {
          regexLiteralRe.lastIndex = start;
          if (regexLiteralRe.exec(src) !== null) {
            pos = regexLiteralRe.lastIndex;
            lastRegexEnd = pos;
          }
        }
        break;
      }
      case 123: // '{'
        pushOpen(start, trackFunctions && classifyBrace(start) === B_FUNCTION);
        break;
      case 125: { // '}'
        const open = popOpen();
        if (open === -1) { // end of a template substitution
          pos = scanTemplate(pos);
          break;
        }
        lastCloseBracePos = start;
        lastCloseBraceOpen = open;
        if (trackFunctions) endArrowBodies(true);
        break;
      }
      case 40: // '('
        pushOpen(start, false);
        break;
      case 41: // ')'
        parenOpenByClose.set(start, popOpen());
        if (trackFunctions) endArrowBodies(true);
        break;
      case 91: // '['
        pushOpen(start, false);
        break;
      case 93: // ']'
        popOpen();
        if (trackFunctions) endArrowBodies(true);
        break;
      case 59: case 44: // ';' ','
        if (trackFunctions) endArrowBodies(false);
        break;
      case 61: // '=>'
        if (trackFunctions && src.charCodeAt(skipTrivia(src, pos)) !== 123) {
          arrowBodies.push(stack.length);
          state.functionDepth++;
        }
        break;
      default:
        break;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------
// CommonJS export detection.

// `exports` (or `module.exports`) followed by `.name =` or `['name'] =`.
function tryExportsMember(src, pos, addExport) {
  pos = skipTrivia(src, pos);
  const c = src[pos];
  if (c === '.') {
    pos = skipTrivia(src, pos + 1);
    const id = readIdent(src, pos);
    if (id === null) return false;
    const after = skipTrivia(src, id[1]);
    if (src[after] === '=') {
      addExport(id[0]);
      return true;
    }
    return false;
  }
  if (c === '[') {
    pos = skipTrivia(src, pos + 1);
    const str = readString(src, pos);
    if (str === null) return false;
    pos = expectChar(src, str[1], ']');
    if (pos === -1) return false;
    pos = skipTrivia(src, pos);
    if (src[pos] === '=') {
      addExport(str[0]);
      return true;
    }
  }
  return false;
}

// After `module.exports = {`: identifiers, `key: ident`, 'key': ident,
// ...spread; stops at the first form it does not understand.
function tryObjectLiteral(src, pos, addExport, addReexport) {
  for (;;) {
    pos = skipTrivia(src, pos);
    const id = readIdent(src, pos);
    if (id !== null) {
      pos = skipTrivia(src, id[1]);
      if (src[pos] === ':') {
        pos = skipTrivia(src, pos + 1);
        const value = readIdent(src, pos);
        if (value === null) return;
        pos = value[1];
        if (value[0] === 'require') {
          // `key: require('x')` re-exports x; the literal is not read further.
          const req = readRequireCall(src, pos);
          if (req !== null) {
            addExport(id[0]);
            addReexport(req[0]);
            return;
          }
        }
      }
      addExport(id[0]);
    } else if (src.startsWith('...', pos)) {
      pos = skipTrivia(src, pos + 3);
      const spread = readIdent(src, pos);
      if (spread === null) return;
      pos = spread[1];
      if (spread[0] === 'require') {
        const req = readRequireCall(src, pos);
        if (req !== null) {
          addReexport(req[0]);
          pos = req[1];
        }
      }
    } else {
      const str = readString(src, pos);
      if (str === null) return;
      pos = skipTrivia(src, str[1]);
      if (src[pos] !== ':') return;
      pos = skipTrivia(src, pos + 1);
      const value = readIdent(src, pos);
      if (value === null) return;
      pos = value[1];
      if (value[0] === 'require') {
        const req = readRequireCall(src, pos);
        if (req !== null) {
          addExport(str[0]);
          addReexport(req[0]);
          return;
        }
      }
      addExport(str[0]);
    }
    pos = skipTrivia(src, pos);
    if (src[pos] === '}') return;
    if (src[pos] !== ',') return;
    pos++;
  }
}

// Reads `exports` or `module.exports` at pos; returns the end or -1.
function readExportsTarget(src, pos) {
  pos = skipTrivia(src, pos);
  let end = expectIdent(src, pos, 'exports');
  if (end !== -1) return end;
  end = expectIdent(src, pos, 'module');
  if (end === -1) return -1;
  end = expectChar(src, end, '.');
  if (end === -1) return -1;
  return expectIdent(src, end, 'exports');
}

// After `Object`: `.defineProperty(exports, 'name', { ... })` with a value or
// a safe getter (return of an identifier or one member of it).
function tryDefineProperty(src, pos, addExport) {
  pos = expectChar(src, pos, '.');
  if (pos === -1) return false;
  pos = expectIdent(src, pos, 'defineProperty');
  if (pos === -1) return false;
  pos = expectChar(src, pos, '(');
  if (pos === -1) return false;
  pos = readExportsTarget(src, pos);
  if (pos === -1) return false;
  pos = expectChar(src, pos, ',');
  if (pos === -1) return false;
  pos = skipTrivia(src, pos);
  const name = readString(src, pos);
  if (name === null) return false;
  pos = expectChar(src, name[1], ',');
  if (pos === -1) return false;
  pos = expectChar(src, pos, '{');
  if (pos === -1) return false;
  let p = expectIdent(src, pos, 'enumerable');
  if (p !== -1) {
    p = expectChar(src, p, ':');
    if (p === -1) return false;
    p = expectIdent(src, p, 'true');
    if (p === -1) return false;
    p = expectChar(src, p, ',');
    if (p === -1) return false;
    pos = p;
  }
  p = expectIdent(src, pos, 'value');
  if (p !== -1) {
    if (expectChar(src, p, ':') === -1) return false;
    addExport(name[0]);
    return true;
  }
  p = expectIdent(src, pos, 'get');
  if (p === -1) return false;
  let q = expectChar(src, p, ':');
  if (q !== -1) {
    q = expectIdent(src, q, 'function');
    if (q === -1) return false;
    const fnName = readIdent(src, skipTrivia(src, q));
    if (fnName !== null) q = fnName[1];
    p = q;
  }
  p = expectChar(src, p, '(');
  if (p === -1) return false;
  p = expectChar(src, p, ')');
  if (p === -1) return false;
  p = expectChar(src, p, '{');
  if (p === -1) return false;
  p = expectIdent(src, p, 'return');
  if (p === -1) return false;
  p = skipTrivia(src, p);
  const ret = readIdent(src, p);
  if (ret === null) return false;
  p = skipTrivia(src, ret[1]);
  if (src[p] === '.') {
    const member = readIdent(src, skipTrivia(src, p + 1));
    if (member === null) return false;
    p = skipTrivia(src, member[1]);
  } else if (src[p] === '[') {
    const str = readString(src, skipTrivia(src, p + 1));
    if (str === null) return false;
    p = expectChar(src, str[1], ']');
    if (p === -1) return false;
    p = skipTrivia(src, p);
  }
  if (src[p] === ';') p = skipTrivia(src, p + 1);
  if (src[p] !== '}') return false;
  p = skipTrivia(src, p + 1);
  if (src[p] === ',') p = skipTrivia(src, p + 1);
  if (src[p] !== '}') return false;
  p = expectChar(src, p + 1, ')');
  if (p === -1) return false;
  addExport(name[0]);
  return true;
}

// After `Object`: Babel's re-export loop
//   Object.keys(_x).forEach(function (key) { ... exports[key] = _x[key] ... })
// where `_x` holds a require(). Returns the bound specifier or null.
function tryKeysForEach(src, pos, requireBindings) {
  pos = expectChar(src, pos, '.');
  if (pos === -1) return null;
  pos = expectIdent(src, pos, 'keys');
  if (pos === -1) return null;
  pos = expectChar(src, pos, '(');
  if (pos === -1) return null;
  pos = skipTrivia(src, pos);
  const obj = readIdent(src, pos);
  if (obj === null) return null;
  const specifier = requireBindings.get(obj[0]);
  if (specifier === undefined) return null;
  pos = expectChar(src, obj[1], ')');
  if (pos === -1) return null;
  pos = expectChar(src, pos, '.');
  if (pos === -1) return null;
  pos = expectIdent(src, pos, 'forEach');
  if (pos === -1) return null;
  pos = expectChar(src, pos, '(');
  if (pos === -1) return null;
  pos = expectIdent(src, pos, 'function');
  if (pos === -1) return null;
  pos = skipTrivia(src, pos);
  const fname = readIdent(src, pos);
  if (fname !== null) pos = fname[1];
  pos = expectChar(src, pos, '(');
  if (pos === -1) return null;
  pos = skipTrivia(src, pos);
  const key = readIdent(src, pos);
  if (key === null) return null;
  pos = expectChar(src, key[1], ')');
  if (pos === -1) return null;
  pos = expectChar(src, pos, '{');
  if (pos === -1) return null;
  // Find the end of the callback body and check that it copies obj[key].
  let depth = 1;
  const bodyStart = pos;
  let p = pos;
  while (p < src.length && depth > 0) {
    p = skipTrivia(src, p);
    const ch = src[p];
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    else if (ch === '"' || ch === '\'') {
      const e = stringEnd(src, p);
      if (e === -1) return null;
      p = e;
      continue;
    }
    p++;
  }
  const body = src.slice(bodyStart, p);
  const k = key[0];
  const o = obj[0];
  const copyRe = new RegExp(`${escapeRe(o)}\\s*\\[\\s*${escapeRe(k)}\\s*\\]`);
  if (!copyRe.test(body) || !/\bexports\b/.test(body)) return null;
  return specifier;
}

function escapeRe(s) {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/**
 * Detects the named exports of a CommonJS module.
 * @param {string} source
 * @returns {{ exports: string[], reexports: string[] }}
 */
function parse(source) {
  const exportSet = new Set();
  let reexports = [];
  const requireBindings = new Map();
  const addExport = (name) => { exportSet.add(name); };
  const addReexport = (spec) => { reexports.push(spec); };

  scan(source, cjsWords, false, (name, start, end, state) => {
    const prevIsDot = name === '__export' || name === '__exportStar' ? false :
      state.prevIsDot(start);
    switch (name) {
      case 'exports':
        if (!prevIsDot) tryExportsMember(source, end, addExport);
        break;
      case 'module': {
        if (prevIsDot) break;
        let p = expectChar(source, end, '.');
        if (p === -1) break;
        p = expectIdent(source, p, 'exports');
        if (p === -1) break;
        if (tryExportsMember(source, p, addExport)) break;
        p = skipTrivia(source, p);
        if (source[p] !== '=' || source[p + 1] === '=') break;
        p = skipTrivia(source, p + 1);
        if (source[p] === '{') {
          reexports = [];
          tryObjectLiteral(source, p + 1, addExport, addReexport);
          break;
        }
        const req = expectIdent(source, p, 'require');
        if (req !== -1) {
          const call = readRequireCall(source, req);
          if (call !== null) reexports = [call[0]];
        }
        break;
      }
      case 'Object':
        if (prevIsDot) break;
        if (!tryDefineProperty(source, end, addExport)) {
          const spec = tryKeysForEach(source, end, requireBindings);
          if (spec !== null) addReexport(spec);
        }
        break;
      case '__export':
      case '__exportStar': {
        let p = expectChar(source, end, '(');
        if (p === -1) break;
        p = expectIdent(source, p, 'require');
        if (p === -1) break;
        const call = readRequireCall(source, p);
        if (call !== null) addReexport(call[0]);
        break;
      }
      case 'require': {
        if (prevIsDot) break;
        const call = readRequireCall(source, end);
        if (call === null) break;
        // `id = require('x')` or `id = wrapper(require('x'))`
        const binding = requireBindingName(source, start, state);
        if (binding !== null) requireBindings.set(binding, call[0]);
        break;
      }
      default:
        break;
    }
    return false;
  });
  return { exports: Array.from(exportSet), reexports };
}

const cjsWords = ['exports', 'module', 'Object', 'require', '__exportStar', '__export'];

// The variable a `require(...)` at `start` is assigned to, looking back over
// `name =` or `name = wrapper(` (wrapper possibly `a.b`); null if none.
function requireBindingName(src, start, state) {
  let i = state.prevSignificant(start);
  if (i >= 0 && src.charCodeAt(i) === 40) { // (
    i = state.prevSignificant(i);
    if (i < 0 || !isIdentCharCode(src.charCodeAt(i))) return null;
    let wordStart = state.wordEndingAt(i)[0];
    i = state.prevSignificant(wordStart);
    if (i >= 0 && src.charCodeAt(i) === 46) { // a.b(
      i = state.prevSignificant(i);
      if (i < 0 || !isIdentCharCode(src.charCodeAt(i))) return null;
      wordStart = state.wordEndingAt(i)[0];
      i = state.prevSignificant(wordStart);
    }
  }
  if (i < 1 || src.charCodeAt(i) !== 61) return null; // =
  const before = src.charCodeAt(i - 1);
  if (before === 61 || before === 33 || before === 60 || before === 62) return null;
  i = state.prevSignificant(i);
  if (i < 0 || !isIdentCharCode(src.charCodeAt(i))) return null;
  const [wordStart, word] = state.wordEndingAt(i);
  const first = word.charCodeAt(0);
  if (first >= 48 && first <= 57) return null;
  const dot = state.prevSignificant(wordStart);
  if (dot >= 0 && src.charCodeAt(dot) === 46) return null;
  return word;
}

// ---------------------------------------------------------------------------
// ES module syntax detection (for files that do not compile as CommonJS).

const cjsWrapperNames = new Set(['require', 'module', 'exports', '__filename', '__dirname']);

// `isEval`: -e code runs as a script, not wrapped, so declaring `require`
// there is fine.
const esmWords = ['import', 'export', 'await', 'const', 'let', 'class'];

function containsModuleSyntax(source, isEval = false) {
  return scan(source, esmWords, true, (name, start, end, state) => {
    if (state.prevIsDot(start)) return false;
    if (name === 'import') {
      const p = skipTrivia(source, end);
      const ch = source[p];
      if (ch === '(') return false;
      if (ch === '.') {
        return expectIdent(source, p + 1, 'meta') !== -1;
      }
      // import x from, import {..}, import * as, import 'x'
      return ch === '{' || ch === '*' || ch === '"' || ch === '\'' ||
        (p < source.length && isIdentStartAt(source, p));
    }
    if (name === 'export') {
      const p = skipTrivia(source, end);
      const ch = source[p];
      return ch === '{' || ch === '*' || (p < source.length && isIdentStartAt(source, p));
    }
    if (state.functionDepth !== 0) return false;
    if (name === 'await') {
      const p = skipTrivia(source, end);
      const ch = source[p];
      // `await` used as an expression operator at the top level.
      return p < source.length && ch !== ')' && ch !== ';' && ch !== ',' && ch !== '=' &&
        ch !== '.' && ch !== ']' && ch !== '}' && ch !== ':';
    }
    if (!isEval && (name === 'const' || name === 'let' || name === 'class')) {
      const p = skipTrivia(source, end);
      const id = readIdent(source, p);
      if (id !== null && cjsWrapperNames.has(id[0]) && state.depth() === 0) return true;
    }
    return false;
  });
}

const awaitWords = ['await'];

// Whether an ES module source uses `await` outside of any function.
function hasTopLevelAwait(source) {
  return findTopLevelAwait(source) !== -1;
}

// Index of the first `await` outside of any function, or -1.
function findTopLevelAwait(source) {
  if (source.indexOf('await') === -1) return -1;
  let found = -1;
  scan(source, awaitWords, true, (name, start, end, state) => {
    if (state.functionDepth !== 0 || state.prevIsDot(start)) return false;
    found = start;
    return true;
  });
  return found;
}

// ---------------------------------------------------------------------------
// Named imports of an ES module: `import { a, b as c } from 'x'` (optionally
// after a default binding). Returns [{ specifier, names: [[imported, local]],
// start, end }], or an empty list when there are none. Anything not read with
// certainty is left out: callers use this to explain link errors early.

const importWords = ['import'];
const namedImportHintRe = /(?<![\w$.])import\s*(?:[\w$]+\s*,\s*)?\{/;

function readModuleExportName(src, pos) {
  const str = readString(src, pos);
  if (str !== null) return str;
  return readIdent(src, pos);
}

function parseNamedImports(source) {
  const result = [];
  if (!namedImportHintRe.test(source)) return result;
  scan(source, importWords, false, (name, start, end, state) => {
    if (state.depth() !== 0 || state.prevIsDot(start)) return false;
    let p = skipTrivia(source, end);
    if (source[p] !== '{') {
      const def = readIdent(source, p);
      if (def === null) return false;
      p = expectChar(source, def[1], ',');
      if (p === -1) return false;
      p = skipTrivia(source, p);
      if (source[p] !== '{') return false;
    }
    p++;
    const names = [];
    for (;;) {
      p = skipTrivia(source, p);
      if (source[p] === '}') {
        p++;
        break;
      }
      const imported = readModuleExportName(source, p);
      if (imported === null) return false;
      let local = imported[0];
      p = skipTrivia(source, imported[1]);
      const as = readIdent(source, p);
      if (as !== null && as[0] === 'as') {
        const id = readIdent(source, skipTrivia(source, as[1]));
        if (id === null) return false;
        local = id[0];
        p = skipTrivia(source, id[1]);
      }
      names.push([imported[0], local]);
      if (source[p] === ',') {
        p++;
      } else if (source[p] !== '}') {
        return false;
      }
    }
    const from = expectIdent(source, p, 'from');
    if (from === -1) return false;
    const spec = readString(source, skipTrivia(source, from));
    if (spec === null) return false;
    result.push({ specifier: spec[0], names, start, end: spec[1] });
    return false;
  });
  return result;
}

// Specifiers of the static imports and re-exports of an ES module
// (`import 'x'`, `import ... from 'x'`, `export ... from 'x'`).
const staticImportWords = ['import', 'export'];
const fromClauseRe = /\s*(?:[^'";()]*?[\s}*]from\s*)?(['"])((?:[^'"\\\n\r]|\\.)*)\1/y;

function parseStaticImportSpecifiers(source) {
  const result = [];
  scan(source, staticImportWords, false, (name, start, end, state) => {
    if (state.depth() !== 0 || state.prevIsDot(start)) return false;
    const p = skipTrivia(source, end);
    const ch = source[p];
    if (ch === '(' || ch === '.') return false;
    fromClauseRe.lastIndex = end;
    const m = fromClauseRe.exec(source);
    if (m !== null) result.push(decodeEscapes(m[2]));
    return false;
  });
  return result;
}

module.exports = {
  parse,
  containsModuleSyntax,
  hasTopLevelAwait,
  findTopLevelAwait,
  parseNamedImports,
  parseStaticImportSpecifiers,
};
