'use strict';

// path.matchesGlob(): glob patterns (*, **, ?, [...], {a,b}, extglobs) compiled
// to regular expressions. Loaded on first use.

const { validateString } = require('internal/validators');

const CHAR_DOT = 46; /* . */

function globMatch(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  return matchGlobPattern(path, pattern, windows);
}

// ---------------------------------------------------------------------------
// matchesGlob: Node matches with minimatch configured with
// windowsPathsNoEscape, nonegate, nocomment and optimizationLevel 2. So here:
// backslashes in patterns are separators (never escapes), a leading '!' or
// '#' is literal, and '.', '' and '<name>/..' segments are simplified in both
// pattern and path before matching. Case-sensitive on this platform.

const GLOBSTAR = Symbol('globstar');
const globCache = new Map();

function matchGlobPattern(path, pattern, windows) {
  const key = (windows ? 'w:' : 'p:') + pattern;
  let compiled = globCache.get(key);
  if (compiled === undefined) {
    compiled = compileGlob(pattern, windows);
    if (globCache.size >= 256) globCache.clear();
    globCache.set(key, compiled);
  }
  // The empty pattern matches only the empty path.
  if (compiled === null) return path === '';

  if (windows) path = path.replace(/\\/g, '/');
  const file = simplifySegments(splitGlobPath(path, windows), false);
  for (let i = 0; i < compiled.length; i++) {
    if (matchSegments(file, compiled[i], windows)) return true;
  }
  return false;
}

function splitGlobPath(path, windows) {
  // A UNC root keeps its double slash as two empty segments.
  if (windows && /^\/\/[^/]+/.test(path)) return ['', ...path.split(/\/+/)];
  return path.split(/\/+/);
}

// Drops '.' and '' segments between others and folds '<name>/..'.
// For patterns, '**' is not a name and "x/../**" at the start keeps a '.'.
function simplifySegments(parts, isPattern) {
  let changed;
  do {
    changed = false;
    for (let i = 1; i < parts.length - 1; i++) {
      const p = parts[i];
      // Keep the two empty segments of a UNC root.
      if (i === 1 && p === '' && parts[0] === '') continue;
      if (p === '.' || p === '') {
        parts.splice(i, 1);
        i--;
        changed = true;
      }
    }
    if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
      parts.pop();
      changed = true;
    }
    for (let i = 1; i < parts.length; i++) {
      if (parts[i] !== '..') continue;
      const p = parts[i - 1];
      if (!p || p === '.' || p === '..' || p === '**') continue;
      const keepDot = isPattern && i === 1 && parts[i + 1] === '**';
      if (keepDot) parts.splice(i - 1, 2, '.');
      else parts.splice(i - 1, 2);
      if (isPattern && parts.length === 0) parts.push('');
      i = Math.max(0, i - 2);
      changed = true;
    }
  } while (changed);
  return !isPattern && parts.length === 0 ? [''] : parts;
}

// Pattern-side simplification over the list of alternatives: runs of '**'
// collapse, and "**/../<a>/<b>" also tries "../<a>/<b>".
function simplifyPatterns(alternatives) {
  let changed;
  do {
    changed = false;
    for (let k = 0; k < alternatives.length; k++) {
      const parts = alternatives[k];
      for (let gs = parts.indexOf('**'); gs !== -1; gs = parts.indexOf('**', gs + 1)) {
        let last = gs;
        while (parts[last + 1] === '**') last++;
        if (last > gs) parts.splice(gs + 1, last - gs);
        const a = parts[gs + 2];
        const b = parts[gs + 3];
        if (parts[gs + 1] !== '..' ||
            !a || a === '.' || a === '..' || !b || b === '.' || b === '..') {
          continue;
        }
        parts.splice(gs, 1);
        const other = parts.slice();
        other[gs] = '**';
        alternatives.push(other);
        gs--;
        changed = true;
      }
      const before = parts.length;
      const joined = parts.join('/');
      simplifySegments(parts, true);
      if (parts.length !== before || parts.join('/') !== joined) changed = true;
    }
  } while (changed);
  return alternatives;
}

function compileGlob(pattern, windows) {
  pattern = pattern.replace(/\\/g, '/');
  if (pattern === '') return null;

  const alternatives = simplifyPatterns(
    braceExpand(pattern).map((p) => splitGlobPath(p, windows)));
  const compiled = [];
  for (let k = 0; k < alternatives.length; k++) {
    const parts = alternatives[k];
    // In "//?/c:/..." the '?' names the namespace, it is no wildcard.
    const uncDrive = windows && parts[0] === '' && parts[1] === '' &&
      parts[2] === '?' && /^[a-z]:$/i.test(parts[3] ?? '');
    compiled.push(parts.map((part, i) =>
      (uncDrive && i === 2 ? part : compileGlobSegment(part))));
  }
  return compiled;
}

function isDriveSegment(part) {
  return typeof part === 'string' && /^[a-z]:$/i.test(part);
}

// Index of the drive segment ("c:" or "//?/c:"), or -1.
function driveIndex(parts) {
  if (isDriveSegment(parts[0])) return 0;
  if (parts[0] === '' && parts[1] === '' && parts[2] === '?' && isDriveSegment(parts[3])) {
    return 3;
  }
  return -1;
}

function matchSegments(file, pattern, windows) {
  if (windows) {
    // Drive letters compare case-insensitively and "//?/c:" equals "c:".
    const fdi = driveIndex(file);
    const pdi = driveIndex(pattern);
    if (fdi !== -1 && pdi !== -1 &&
        file[fdi].toLowerCase() === pattern[pdi].toLowerCase()) {
      pattern = pattern.slice();
      pattern[pdi] = file[fdi];
      if (pdi > fdi) pattern = pattern.slice(pdi);
      else if (fdi > pdi) file = file.slice(fdi);
    }
  }

  const fl = file.length;
  const pl = pattern.length;
  let fi = 0;
  let pi = 0;
  for (; fi < fl && pi < pl; fi++, pi++) {
    const p = pattern[pi];
    const f = file[fi];
    if (p === GLOBSTAR) {
      // '**' never crosses '.', '..' or dot-files.
      if (pi + 1 === pl) {
        for (; fi < fl; fi++) {
          if (file[fi].charCodeAt(0) === CHAR_DOT) return false;
        }
        return true;
      }
      const rest = pattern.slice(pi + 1);
      for (let fr = fi; fr < fl; fr++) {
        if (matchSegments(file.slice(fr), rest, windows)) return true;
        if (file[fr].charCodeAt(0) === CHAR_DOT) break;
      }
      return false;
    }
    if (typeof p === 'string' ? f !== p : !p.test(f)) return false;
  }

  if (fi === fl && pi === pl) return true;
  if (fi === fl) return false;
  // Only a trailing slash may remain in the path.
  return fi === fl - 1 && file[fi] === '';
}

// --- brace expansion ("a{b,c}", "{1..3}", "{a..e..2}") ---

// Stands for a '}' that must stay literal while expanding.
const kLiteralClose = '\uE000';

function braceExpand(pattern) {
  if (!/\{(?:(?!\{).)*\}/.test(pattern)) return [pattern];
  // A leading "{}" is literal.
  let str = pattern;
  let literalStart = '';
  if (str.startsWith('{}')) {
    literalStart = '{}';
    str = str.slice(2);
  }
  const out = expandBraces(str, true);
  for (let i = 0; i < out.length; i++) {
    out[i] = literalStart + out[i].replace(/\uE000/g, '}');
  }
  if (literalStart !== '' && out.length === 0) out.push(literalStart);
  return out;
}

// Position of the brace pair to expand: the first '{' with its matching
// '}', or, when that one never closes, the left-most pair that does.
function findBracePair(str) {
  let open = str.indexOf('{');
  let close = str.indexOf('}', open + 1);
  if (open < 0 || close <= 0) return undefined;
  const stack = [];
  let left = str.length;
  let right;
  let i = open;
  while (i >= 0) {
    if (i === open) {
      stack.push(i);
      open = str.indexOf('{', i + 1);
    } else if (stack.length === 1) {
      return [stack.pop(), close];
    } else {
      const start = stack.pop();
      if (start < left) {
        left = start;
        right = close;
      }
      close = str.indexOf('}', i + 1);
    }
    i = open < close && open >= 0 ? open : close;
  }
  return stack.length > 0 && right !== undefined ? [left, right] : undefined;
}

// Splits on commas outside nested braces.
function splitBraceOptions(str) {
  if (!str) return [''];
  const pair = findBracePair(str);
  if (pair === undefined) return str.split(',');
  const parts = str.slice(0, pair[0]).split(',');
  parts[parts.length - 1] += str.slice(pair[0], pair[1] + 1);
  const post = str.slice(pair[1] + 1);
  if (post.length > 0) {
    const postParts = splitBraceOptions(post);
    parts[parts.length - 1] += postParts.shift();
    parts.push(...postParts);
  }
  return parts;
}

function braceNumeric(str) {
  return /^-?\d+$/.test(str) ? parseInt(str, 10) : str.charCodeAt(0);
}

function expandBraces(str, isTop) {
  const pair = findBracePair(str);
  if (pair === undefined) return [str];
  const pre = str.slice(0, pair[0]);
  const body = str.slice(pair[0] + 1, pair[1]);
  const postStr = str.slice(pair[1] + 1);
  const post = postStr.length > 0 ? expandBraces(postStr, false) : [''];

  if (pre.endsWith('$')) {
    return post.map((p) => `${pre}{${body}}${p}`);
  }

  const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(body);
  const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(body);
  const isSequence = isNumericSequence || isAlphaSequence;
  const isOptions = body.includes(',');
  if (!isSequence && !isOptions) {
    // "{a},b}": the first '}' is literal and the outer pair expands.
    if (/,(?!,).*\}/.test(postStr)) {
      return expandBraces(`${pre}{${body}${kLiteralClose}${postStr}`, isTop);
    }
    return [str];
  }

  let values;
  if (isSequence) {
    values = braceSequence(body.split('..'), isAlphaSequence);
  } else {
    let options = splitBraceOptions(body);
    if (options.length === 1) {
      // "x{{a,b}}y" is "x{a}y x{b}y".
      options = expandBraces(options[0], false).map((o) => `{${o}}`);
      if (options.length === 1) {
        return post.map((p) => pre + options[0] + p);
      }
    }
    values = [];
    for (let i = 0; i < options.length; i++) {
      values.push(...expandBraces(options[i], false));
    }
  }

  const out = [];
  for (let i = 0; i < values.length; i++) {
    for (let j = 0; j < post.length; j++) {
      const expansion = pre + values[i] + post[j];
      if (!isTop || isSequence || expansion) out.push(expansion);
    }
  }
  return out;
}

function braceSequence(n, isAlpha) {
  const x = braceNumeric(n[0]);
  const y = braceNumeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let step = n.length === 3 ? Math.abs(braceNumeric(n[2])) : 1;
  if (step === 0) step = 1;
  const reverse = y < x;
  if (reverse) step = -step;
  const pad = n.some((s) => /^-?0\d/.test(s));
  const out = [];
  for (let i = x; reverse ? i >= y : i <= y; i += step) {
    let c;
    if (isAlpha) {
      c = String.fromCharCode(i);
      if (c === '\\') c = '';
    } else {
      c = String(i);
      if (pad && c.length < width) {
        const zeros = '0'.repeat(width - c.length);
        c = i < 0 ? `-${zeros}${c.slice(1)}` : zeros + c;
      }
    }
    out.push(c);
  }
  return out;
}

// --- one path segment: '*', '?', '[...]' and extglobs ---

const POSIX_CLASSES = {
  '[:alnum:]': '\\p{L}\\p{Nl}\\p{Nd}',
  '[:alpha:]': '\\p{L}\\p{Nl}',
  '[:ascii:]': '\\x00-\\x7f',
  '[:blank:]': '\\p{Zs}\\t',
  '[:cntrl:]': '\\p{Cc}',
  '[:digit:]': '\\p{Nd}',
  '[:graph:]': '\\p{Z}\\p{C}',
  '[:lower:]': '\\p{Ll}',
  '[:print:]': '\\p{C}',
  '[:punct:]': '\\p{P}',
  '[:space:]': '\\p{Z}\\t\\r\\n\\v\\f',
  '[:upper:]': '\\p{Lu}',
  '[:word:]': '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}',
  '[:xdigit:]': 'A-Fa-f0-9',
};
// These match what the class does not contain.
const NEGATED_POSIX_CLASSES = new Set(['[:graph:]', '[:print:]']);

function regexEscape(s) {
  return s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
}

function classEscape(c) {
  return c.replace(/[[\]\\-]/g, '\\$&');
}

// Parses "[...]" at seg[pos]. Returns undefined when it is not a class
// (then '[' is literal).
function parseGlobClass(seg, pos) {
  let i = pos + 1;
  let negate = false;
  if (seg[i] === '!' || seg[i] === '^') {
    negate = true;
    i++;
  }
  const ranges = [];
  const negs = [];
  let literalCount = 0;
  let lastLiteral = '';
  let unicode = false;
  let impossible = false;
  let first = true;
  while (i < seg.length) {
    const c = seg[i];
    if (c === ']' && !first) {
      let src;
      if (impossible) {
        src = '(?!)';
      } else if (!negate && ranges.length === 1 && negs.length === 0 && literalCount === 1) {
        return { end: i + 1, literal: lastLiteral };
      } else {
        const inner = ranges.join('');
        const neg = negs.join('');
        if (negate) {
          src = inner === '' && neg !== '' ? `[${neg}]` : `[^${inner}]`;
          if (neg !== '' && inner !== '') src = `(?:(?![${inner}])[${neg}]|[^${inner}])`;
        } else if (neg !== '') {
          src = inner === '' ? `[^${neg}]` : `(?:[${inner}]|[^${neg}])`;
        } else {
          src = inner === '' ? '(?!)' : `[${inner}]`;
        }
      }
      return { end: i + 1, src, unicode };
    }
    first = false;
    if (c === '[' && seg[i + 1] === ':') {
      const close = seg.indexOf(':]', i + 2);
      if (close !== -1) {
        const name = seg.slice(i, close + 2);
        const posix = POSIX_CLASSES[name];
        if (posix === undefined) {
          impossible = true;
        } else if (NEGATED_POSIX_CLASSES.has(name)) {
          negs.push(posix);
        } else {
          ranges.push(posix);
        }
        unicode = true;
        i = close + 2;
        continue;
      }
    }
    if (seg[i + 1] === '-' && i + 2 < seg.length && seg[i + 2] !== ']') {
      const end = seg[i + 2];
      if (end >= c) ranges.push(`${classEscape(c)}-${classEscape(end)}`);
      else if (end === c) ranges.push(classEscape(c));
      i += 3;
      continue;
    }
    ranges.push(classEscape(c));
    literalCount++;
    lastLiteral = c;
    i++;
  }
  return undefined;
}

const kExtGlobTypes = '!?+*@';

// Index of the ')' closing the extglob opened at seg[open], or -1.
function findExtGlobClose(seg, open) {
  let depth = 0;
  for (let i = open + 1; i < seg.length; i++) {
    const c = seg[i];
    if (c === '[') {
      const cls = parseGlobClass(seg, i);
      if (cls !== undefined) {
        i = cls.end - 1;
        continue;
      }
    } else if (c === '(' && kExtGlobTypes.includes(seg[i - 1])) {
      depth++;
    } else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

// Splits an extglob body on top-level '|'.
function splitExtGlobBody(body) {
  const alts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '[') {
      const cls = parseGlobClass(body, i);
      if (cls !== undefined) {
        i = cls.end - 1;
        continue;
      }
    } else if (c === '(' && i > 0 && kExtGlobTypes.includes(body[i - 1])) {
      depth++;
    } else if (c === ')') {
      depth--;
    } else if (c === '|' && depth === 0) {
      alts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  alts.push(body.slice(start));
  return alts;
}

// Tokens: { t: 'lit', v }, { t: 'star' }, { t: 'qmark' },
// { t: 'class', src }, { t: 'ext', op, alts: tokens[][] }.
function tokenizeGlob(seg, state) {
  const tokens = [];
  const pushLiteral = (v) => {
    const last = tokens[tokens.length - 1];
    if (last !== undefined && last.t === 'lit') last.v += v;
    else tokens.push({ t: 'lit', v });
  };
  // After a '[' that never closes, extglob syntax is no longer recognised.
  let extAllowed = true;
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (extAllowed && kExtGlobTypes.includes(c) && seg[i + 1] === '(') {
      const close = findExtGlobClose(seg, i + 1);
      if (close !== -1) {
        const alts = splitExtGlobBody(seg.slice(i + 2, close))
          .map((alt) => tokenizeGlob(alt, state));
        tokens.push({ t: 'ext', op: c, alts, text: seg.slice(i, close + 1) });
        state.magic = true;
        i = close;
        continue;
      }
      // An extglob that never closes is plain text from here on.
      extAllowed = false;
    }
    if (c === '*') {
      if (tokens[tokens.length - 1]?.t !== 'star') tokens.push({ t: 'star' });
      state.magic = true;
    } else if (c === '?') {
      tokens.push({ t: 'qmark' });
      state.magic = true;
    } else if (c === '[') {
      const cls = parseGlobClass(seg, i);
      if (cls === undefined) {
        pushLiteral(c);
        extAllowed = false;
      } else {
        if (cls.literal !== undefined) {
          pushLiteral(cls.literal);
        } else {
          tokens.push({ t: 'class', src: cls.src });
          state.magic = true;
          if (cls.unicode) state.unicode = true;
        }
        i = cls.end - 1;
      }
    } else {
      pushLiteral(c);
    }
  }
  return tokens;
}

const kNoDot = '(?!\\.)';
const kNoTraversal = '(?!(?:^|\\/)\\.\\.?(?:$|\\/))';

// Guard for the start of a segment (or of an extglob alternative that
// starts one): wildcards never match a leading '.', and patterns starting
// with a literal dot never match '.' or '..'.
function startGuard(tokens) {
  const first = tokens[0];
  if (first === undefined) return '';
  if (first.t === 'lit') {
    // Only "." or ".." directly followed by a wildcard could match them.
    const next = tokens[1];
    return (first.v === '.' || first.v === '..') && next !== undefined && next.t !== 'ext' ?
      kNoTraversal : '';
  }
  if (first.t === 'ext') return first.op === '!' ? kNoDot : '';
  return kNoDot;
}

function tokensToRegex(tokens, atStart) {
  let src = '';
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    switch (tok.t) {
      case 'lit':
        src += regexEscape(tok.v);
        break;
      case 'star':
        src += '[^/]*?';
        break;
      case 'star1':
        src += '[^/]+?';
        break;
      case 'qmark':
        src += '[^/]';
        break;
      case 'class':
        src += tok.src;
        break;
      default: {
        const start = atStart && i === 0;
        const alts = tok.alts.map((alt) =>
          (start && tok.op !== '!' ? startGuard(alt) : '') + tokensToRegex(alt, false)).join('|');
        if (tok.op === '!') {
          const rest = tokensToRegex(tokens.slice(i + 1), false);
          src += `(?:(?!(?:${alts})${rest}$)[^/]*?)`;
        } else {
          const suffix = tok.op === '@' ? '' : tok.op === '?' ? '?' : tok.op;
          src += `(?:${alts})${suffix}`;
        }
      }
    }
  }
  return src;
}

function isStarOnly(tokens) {
  return tokens.length === 1 && tokens[0].t === 'star';
}

function compileGlobSegment(seg) {
  if (seg === '**') return GLOBSTAR;
  if (seg === '') return '';
  const state = { magic: false, unicode: false };
  let tokens = tokenizeGlob(seg, state);
  if (tokens.length === 1 && tokens[0].t === 'ext') {
    // An extglob making up the whole segment must match something: empty
    // alternatives are dropped and lone '*' alternatives need a character.
    const ext = tokens[0];
    ext.alts = ext.alts.filter((alt) => alt.length > 0);
    if (ext.alts.length === 0) {
      if (ext.op !== '!') return ext.text;
      tokens = [{ t: 'star' }];
    }
    ext.alts = ext.alts.map((alt) => (isStarOnly(alt) ? [{ t: 'star1' }] : alt));
  }
  if (!state.magic) return tokens.length === 0 ? '' : tokens[0].v;
  let body = tokensToRegex(tokens, true);
  // A segment of only '*' needs at least one character.
  if (isStarOnly(tokens)) body = '[^/]+?';
  return new RegExp(`^${startGuard(tokens)}(?:${body})$`, state.unicode ? 'u' : '');
}

module.exports = { globMatch };
