// A small JavaScript scanner used by the ESM loader:
// - parse(source): the named exports and re-exports of a CommonJS module,
//   detected statically with the same patterns as cjs-module-lexer
//   (exports.a =, module.exports = { a, b: c }, Object.defineProperty(exports,
//   'a', ...), module.exports = require('x'), __exportStar(require('x')),
//   Babel's Object.keys(_x).forEach(...) re-export loop).
// - containsModuleSyntax(source): whether a file that failed to compile as
//   CommonJS uses ES module syntax (import/export declarations, import.meta,
//   top-level await, or top-level declarations of the CommonJS wrapper names).
// It tokenizes just enough (comments, strings, templates, regular expressions
// vs division, bracket nesting) to not be fooled by code inside literals.

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

// Bracket stack entry types.
const B_BLOCK = 1;
const B_OBJECT = 2;
const B_TEMPLATE = 3;
const B_FUNCTION = 4; // function body block
const B_PAREN = 5;
const B_PAREN_KW = 6;
const B_PAREN_CALLEE = 7; // parameters (or call arguments) after an identifier
const B_BRACKET = 8;

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

// Scans a regular expression literal starting at `pos` ('/'); returns its end.
function regexEnd(src, pos) {
  const len = src.length;
  let inClass = false;
  pos++;
  while (pos < len) {
    const c = src.charCodeAt(pos);
    if (c === 92) {
      pos += 2;
      continue;
    }
    if (isLineTerminator(c)) return pos; // unterminated: give up on this line
    if (inClass) {
      if (c === 93) inClass = false;
    } else if (c === 91) {
      inClass = true;
    } else if (c === 47) {
      pos++;
      while (pos < len && identPart[src.charCodeAt(pos)] === 1) pos++; // flags
      return pos;
    }
    pos++;
  }
  return pos;
}

// Scans template characters from `pos` (just after '`' or after a '}' closing
// a substitution). Returns [end, openedSubstitution].
function templateEnd(src, pos) {
  const len = src.length;
  while (pos < len) {
    const c = src.charCodeAt(pos);
    if (c === 96) return [pos + 1, false];
    if (c === 92) {
      pos += 2;
      continue;
    }
    if (c === 36 && src.charCodeAt(pos + 1) === 123) return [pos + 2, true];
    pos++;
  }
  return [len, false];
}

/**
 * Drives the tokenizer over `src`, calling `onIdent(name, start, end, state)`
 * for every identifier token. `state` exposes the previous significant tokens
 * and the bracket stack. If `onIdent` returns true, scanning stops.
 */
function scan(src, onIdent) {
  const len = src.length;
  const stack = [];
  // The last tokens (most recent last) as [kind, text] for pattern look-behind.
  const state = {
    stack,
    prevKind: K_START,
    prevText: '',
    // ring of the last four significant token texts
    t1: '', t2: '', t3: '', t4: '',
    functionDepth: 0,
    lastParenType: 0,
  };
  // Concise arrow bodies (`=> expr`) count as functions until the expression
  // ends: a `,` or `;` at the same bracket depth, or a closing bracket below it.
  const arrowBodies = [];
  const endArrowBodies = (closing) => {
    while (arrowBodies.length > 0) {
      const depth = arrowBodies[arrowBodies.length - 1];
      if (closing ? stack.length < depth : stack.length === depth) {
        arrowBodies.pop();
        state.functionDepth--;
      } else {
        break;
      }
    }
  };
  let pos = 0;
  if (src.charCodeAt(0) === 35 && src.charCodeAt(1) === 33) { // #! line
    while (pos < len && !isLineTerminator(src.charCodeAt(pos))) pos++;
  }
  const push = (text, kind) => {
    state.t4 = state.t3;
    state.t3 = state.t2;
    state.t2 = state.t1;
    state.t1 = text;
    state.prevKind = kind;
    state.prevText = text;
  };
  while (pos < len) {
    pos = skipTrivia(src, pos);
    if (pos >= len) break;
    const c = src.charCodeAt(pos);

    if (c < 128 ? identStart[c] === 1 : (c !== 92 && isIdentStartAt(src, pos))) {
      const end = identEnd(src, pos);
      const name = src.slice(pos, end);
      if (onIdent !== null && onIdent(name, pos, end, state) === true) return true;
      const prevIsDot = state.prevText === '.' || state.prevText === '?.';
      push(name, !prevIsDot && regexKeywords.has(name) ? K_KEYWORD : K_VALUE);
      pos = end;
      continue;
    }

    switch (c) {
      case 39: case 34: { // quotes
        const end = stringEnd(src, pos);
        pos = end === -1 ? len : end;
        push('"', K_VALUE);
        continue;
      }
      case 96: { // template
        const [end, opened] = templateEnd(src, pos + 1);
        pos = end;
        if (opened) {
          stack.push(B_TEMPLATE);
          push('${', K_PUNCT);
        } else {
          push('`', K_VALUE);
        }
        continue;
      }
      case 47: { // '/' (comments were skipped)
        const k = state.prevKind;
        if (k === K_START || k === K_PUNCT || k === K_KEYWORD || k === K_PAREN_KW ||
            k === K_BLOCK_END) {
          pos = regexEnd(src, pos);
          push('/re/', K_VALUE);
        } else {
          pos += src.charCodeAt(pos + 1) === 61 ? 2 : 1;
          push('/', K_PUNCT);
        }
        continue;
      }
      case 123: { // '{'
        const k = state.prevKind;
        const t = state.prevText;
        let type;
        if (k === K_PAREN) {
          // `) {`: a function body when the parenthesis followed a callee-ish
          // identifier (function f(...) {, method(...) {), else a block.
          type = state.lastParenType === B_PAREN_CALLEE ? B_FUNCTION : B_BLOCK;
        } else if (t === '=>') {
          type = B_FUNCTION;
        } else if (k === K_START || k === K_BLOCK_END || k === K_PAREN_KW || k === K_EXPR_END ||
                   t === ';' || t === '{' || (k === K_KEYWORD && blockKeywords.has(t)) ||
                   (k === K_VALUE && isPlainIdent(t))) {
          type = B_BLOCK; // statement block, class body
        } else {
          type = B_OBJECT;
        }
        if (type === B_FUNCTION) state.functionDepth++;
        stack.push(type);
        pos++;
        push('{', K_PUNCT);
        continue;
      }
      case 125: { // '}'
        const type = stack.length > 0 ? stack.pop() : B_BLOCK;
        pos++;
        if (type === B_TEMPLATE) {
          const [end, opened] = templateEnd(src, pos);
          pos = end;
          if (opened) {
            stack.push(B_TEMPLATE);
            push('${', K_PUNCT);
          } else {
            push('`', K_VALUE);
          }
          continue;
        }
        if (type === B_FUNCTION) state.functionDepth--;
        endArrowBodies(true);
        push('}', type === B_OBJECT ? K_EXPR_END : K_BLOCK_END);
        continue;
      }
      case 40: { // '('
        let type = B_PAREN;
        if (state.prevKind === K_VALUE || state.prevKind === K_KEYWORD) {
          const t = state.prevText;
          if (parenKeywords.has(t)) type = B_PAREN_KW;
          else if (t !== '"' && t !== '`' && t !== '/re/' && !notCalleeKeywords.has(t)) {
            type = B_PAREN_CALLEE;
          }
        } else if (state.prevText === '*') {
          type = B_PAREN_CALLEE; // function* (
        }
        stack.push(type);
        pos++;
        push('(', K_PUNCT);
        continue;
      }
      case 41: { // ')'
        const type = stack.length > 0 ? stack.pop() : B_PAREN;
        state.lastParenType = type;
        pos++;
        endArrowBodies(true);
        push(')', type === B_PAREN_KW ? K_PAREN_KW : K_PAREN);
        continue;
      }
      case 91: // '['
        stack.push(B_BRACKET);
        pos++;
        push('[', K_PUNCT);
        continue;
      case 93: // ']'
        if (stack.length > 0) stack.pop();
        pos++;
        endArrowBodies(true);
        push(']', K_VALUE);
        continue;
      case 46: { // '.'
        const n = src.charCodeAt(pos + 1);
        if (n >= 48 && n <= 57) break; // number like .5
        if (n === 46 && src.charCodeAt(pos + 2) === 46) {
          pos += 3;
          push('...', K_PUNCT);
        } else {
          pos++;
          push('.', K_PUNCT);
        }
        continue;
      }
      case 63: // '?'
        if (src.charCodeAt(pos + 1) === 46 &&
            !(src.charCodeAt(pos + 2) >= 48 && src.charCodeAt(pos + 2) <= 57)) {
          pos += 2;
          push('?.', K_PUNCT);
          continue;
        }
        pos++;
        push('?', K_PUNCT);
        continue;
      case 59: // ';'
        pos++;
        endArrowBodies(false);
        push(';', K_PUNCT);
        continue;
      case 44: // ','
        pos++;
        endArrowBodies(false);
        push(',', K_PUNCT);
        continue;
      case 61: // '='
        if (src.charCodeAt(pos + 1) === 62) {
          pos += 2;
          push('=>', K_PUNCT);
          const next = skipTrivia(src, pos);
          if (src.charCodeAt(next) !== 123) {
            arrowBodies.push(stack.length);
            state.functionDepth++;
          }
          continue;
        }
        pos++;
        while (src.charCodeAt(pos) === 61) pos++;
        push('=', K_PUNCT);
        continue;
      case 43: case 45: // + -
        if (src.charCodeAt(pos + 1) === c) {
          pos += 2;
          push(c === 43 ? '++' : '--', K_INCDEC);
          continue;
        }
        pos++;
        push(c === 43 ? '+' : '-', K_PUNCT);
        continue;
      default:
        break;
    }

    if ((c >= 48 && c <= 57) || c === 46) { // number
      const n = src.charCodeAt(pos + 1) | 0x20;
      if (c === 48 && (n === 120 || n === 111 || n === 98)) { // 0x 0o 0b
        pos += 2;
        while (pos < len && identPart[src.charCodeAt(pos)] === 1) pos++;
      } else {
        while (pos < len) {
          const d = src.charCodeAt(pos);
          if ((d >= 48 && d <= 57) || d === 46 || d === 95) {
            pos++;
          } else if ((d | 0x20) === 101) { // exponent
            pos++;
            const s = src.charCodeAt(pos);
            if (s === 43 || s === 45) pos++;
          } else {
            break;
          }
        }
        if (src.charCodeAt(pos) === 110) pos++; // BigInt suffix
      }
      push('0', K_VALUE);
      continue;
    }
    if (c === 92) { // escaped identifier: treat as value
      pos += 2;
      while (pos < len && (identPart[src.charCodeAt(pos)] === 1)) pos++;
      push('\\id', K_VALUE);
      continue;
    }
    // Any other punctuator character.
    pos++;
    push(String.fromCharCode(c), K_PUNCT);
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

  scan(source, (name, start, end, state) => {
    const prevIsDot = state.prevText === '.' || state.prevText === '?.';
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
        if (state.t1 === '=' && isPlainIdent(state.t2)) {
          requireBindings.set(state.t2, call[0]);
        } else if (state.t1 === '(' && isPlainIdent(state.t2) && state.t3 === '=' &&
                   isPlainIdent(state.t4)) {
          requireBindings.set(state.t4, call[0]);
        }
        break;
      }
      default:
        break;
    }
    return false;
  });
  return { exports: Array.from(exportSet), reexports };
}

function isPlainIdent(text) {
  return text.length > 0 && text !== '"' && text !== '`' && text !== '0' &&
    text !== '/re/' && text !== '\\id' && isIdentStartAt(text, 0);
}

// ---------------------------------------------------------------------------
// ES module syntax detection (for files that do not compile as CommonJS).

const cjsWrapperNames = new Set(['require', 'module', 'exports', '__filename', '__dirname']);

// `isEval`: -e code runs as a script, not wrapped, so declaring `require`
// there is fine.
function containsModuleSyntax(source, isEval = false) {
  return scan(source, (name, start, end, state) => {
    const prev = state.prevText;
    if (prev === '.' || prev === '?.') return false;
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
      if (id !== null && cjsWrapperNames.has(id[0]) && state.stack.length === 0) return true;
    }
    return false;
  });
}

// Whether an ES module source uses `await` outside of any function.
function hasTopLevelAwait(source) {
  if (source.indexOf('await') === -1) return false;
  return scan(source, (name, start, end, state) => {
    if (name !== 'await' || state.functionDepth !== 0) return false;
    const prev = state.prevText;
    return prev !== '.' && prev !== '?.';
  });
}

module.exports = {
  parse,
  containsModuleSyntax,
  hasTopLevelAwait,
};
