// File URL helpers (pathToFileURL, fileURLToPath) and the small, string-based
// URL parsing/resolution the module loaders need. The WHATWG URL class is added
// separately; everything here works on href strings so that the loaders do not
// depend on it and stay cheap in an interpreter.

const path = require('path');

let errorCodes;
function codes() {
  // Lazy: internal/errors may itself depend on modules that load this file.
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

// ---------------------------------------------------------------------------
// Percent-encoding tables.

const hexTable = new Array(256);
for (let i = 0; i < 256; i++) {
  hexTable[i] = '%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase();
}

function encodeUtf8Char(code, out) {
  // `code` is a code point > 0x7f; append its UTF-8 bytes percent-encoded.
  if (code < 0x800) {
    out.push(hexTable[0xc0 | (code >> 6)], hexTable[0x80 | (code & 0x3f)]);
  } else if (code < 0x10000) {
    out.push(hexTable[0xe0 | (code >> 12)], hexTable[0x80 | ((code >> 6) & 0x3f)],
             hexTable[0x80 | (code & 0x3f)]);
  } else {
    out.push(hexTable[0xf0 | (code >> 18)], hexTable[0x80 | ((code >> 12) & 0x3f)],
             hexTable[0x80 | ((code >> 6) & 0x3f)], hexTable[0x80 | (code & 0x3f)]);
  }
}

function makeSet(chars, extraTest) {
  const set = new Uint8Array(128);
  for (let i = 0; i < 0x21; i++) set[i] = 1; // C0 controls and space
  set[0x7f] = 1;
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  if (extraTest) for (let i = 0; i < 128; i++) if (extraTest(i)) set[i] = 1;
  return set;
}

// What pathToFileURL escapes in a file system path (Node's choice: the path
// percent-encode set plus '%', '\\', '#', '?', '[', ']', '|', '~').
const kPathToURLSet = makeSet('"#%<>?[\\]^`{|}~');
// WHATWG path percent-encode set (used when parsing a URL's path).
const kPathSet = makeSet('"<>^`{}');
// WHATWG query percent-encode set for special schemes (includes "'").
const kQuerySet = makeSet('"#<>\'');
// WHATWG fragment percent-encode set.
const kFragmentSet = makeSet('"<>`');

function percentEncode(str, set, start, end) {
  let out = null;
  let last = start;
  for (let i = start; i < end; i++) {
    let c = str.charCodeAt(i);
    if (c < 128) {
      if (set[c] === 0) continue;
      if (out === null) out = [];
      if (last < i) out.push(str.slice(last, i));
      out.push(hexTable[c]);
      last = i + 1;
      continue;
    }
    if (out === null) out = [];
    if (last < i) out.push(str.slice(last, i));
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else {
        c = 0xfffd;
      }
    } else if (c >= 0xd800 && c <= 0xdfff) {
      c = 0xfffd; // lone surrogate
    }
    encodeUtf8Char(c, out);
    last = i + 1;
  }
  if (out === null) return str.slice(start, end);
  if (last < end) out.push(str.slice(last, end));
  return out.join('');
}

// ---------------------------------------------------------------------------
// pathToFileURL

function pathToFileURLHref(filepath) {
  let resolved = path.resolve(filepath);
  // path.resolve strips the trailing slash; a directory URL must keep it.
  if (filepath.length > 0 && filepath.charCodeAt(filepath.length - 1) === 47 &&
      resolved.charCodeAt(resolved.length - 1) !== 47) {
    resolved += '/';
  }
  return 'file://' + percentEncode(resolved, kPathToURLSet, 0, resolved.length);
}

function pathToFileURL(filepath, options) {
  if (typeof filepath !== 'string') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('path', 'string', filepath);
  }
  const href = pathToFileURLHref(filepath);
  const URLCtor = globalThis.URL;
  return typeof URLCtor === 'function' ? new URLCtor(href) : href;
}

// ---------------------------------------------------------------------------
// Minimal WHATWG-style parsing of URL strings. Only what module resolution
// needs: scheme detection, hierarchical resolution for file: URLs, and
// opaque handling for everything else (node:, data:, http: ...).

const schemeRe = /^[A-Za-z][A-Za-z0-9+.\-]*:/;

// Returns the lowercased scheme including ':' of an absolute URL string, or ''.
function getScheme(str) {
  const m = schemeRe.exec(str);
  return m === null ? '' : m[0].toLowerCase();
}

function trimURLInput(input) {
  // Leading/trailing C0 controls and spaces are ignored; tab and newlines are
  // removed anywhere.
  let start = 0;
  let end = input.length;
  while (start < end && input.charCodeAt(start) <= 0x20) start++;
  while (end > start && input.charCodeAt(end - 1) <= 0x20) end--;
  if (start !== 0 || end !== input.length) input = input.slice(start, end);
  if (/[\t\n\r]/.test(input)) input = input.replace(/[\t\n\r]/g, '');
  return input;
}

function isSingleDot(seg) {
  return seg === '.' || seg.toLowerCase() === '%2e';
}

function isDoubleDot(seg) {
  if (seg === '..') return true;
  const s = seg.toLowerCase();
  return s === '.%2e' || s === '%2e.' || s === '%2e%2e';
}

// Applies `rel` (a path, possibly relative) on top of the segment list `segs`
// of an existing path, WHATWG style. Returns the new segment list.
function applyPath(segs, rel) {
  const parts = rel.split('/');
  for (let i = 0; i < parts.length; i++) {
    const seg = parts[i];
    const last = i === parts.length - 1;
    if (isDoubleDot(seg)) {
      if (segs.length > 0) segs.pop();
      if (last) segs.push('');
    } else if (isSingleDot(seg)) {
      if (last) segs.push('');
    } else {
      segs.push(percentEncode(seg, kPathSet, 0, seg.length));
    }
  }
  return segs;
}

// Splits "path?query#fragment" into its three (raw) parts.
function splitPathQueryFragment(rest) {
  let fragment = null;
  let query = null;
  const hash = rest.indexOf('#');
  if (hash !== -1) {
    fragment = rest.slice(hash + 1);
    rest = rest.slice(0, hash);
  }
  const q = rest.indexOf('?');
  if (q !== -1) {
    query = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }
  return { pathPart: rest, query, fragment };
}

function serializeFile(host, segs, query, fragment) {
  let href = 'file://' + host + '/' + segs.join('/');
  if (query !== null) href += '?' + percentEncode(query, kQuerySet, 0, query.length);
  if (fragment !== null) href += '#' + percentEncode(fragment, kFragmentSet, 0, fragment.length);
  return href;
}

// Parses the part of a file: URL after "file:" (backslashes already turned
// into slashes). `base` is a parsed file URL record or null.
function parseFileRest(rest, base) {
  if (rest.startsWith('//')) {
    let end = 2;
    while (end < rest.length) {
      const c = rest.charCodeAt(end);
      if (c === 47 || c === 63 || c === 35) break;
      end++;
    }
    let host = rest.slice(2, end).toLowerCase();
    if (host === 'localhost') host = '';
    const { pathPart, query, fragment } = splitPathQueryFragment(rest.slice(end));
    const segs = applyPath([], pathPart.length > 0 ? pathPart.slice(1) : '');
    return { host, segs, query, fragment };
  }
  if (rest.length === 0 && base !== null) {
    return { host: base.host, segs: base.segs.slice(), query: base.query, fragment: null };
  }
  const first = rest.charCodeAt(0);
  if (first === 63 && base !== null) { // '?'
    const { query, fragment } = splitPathQueryFragment(rest);
    return { host: base.host, segs: base.segs.slice(), query, fragment };
  }
  if (first === 35 && base !== null) { // '#'
    return { host: base.host, segs: base.segs.slice(), query: base.query,
             fragment: rest.slice(1) };
  }
  const { pathPart, query, fragment } = splitPathQueryFragment(rest);
  if (first === 47) { // absolute path
    return { host: base !== null ? base.host : '', segs: applyPath([], pathPart.slice(1)),
             query, fragment };
  }
  if (base === null) {
    return { host: '', segs: applyPath([], pathPart), query, fragment };
  }
  const segs = base.segs.slice();
  segs.pop(); // drop the last segment (the "file name") of the base
  return { host: base.host, segs: applyPath(segs, pathPart), query, fragment };
}

const fileRecordCache = new Map();

function parseFileHref(href) {
  let rec = fileRecordCache.get(href);
  if (rec === undefined) {
    rec = parseFileRest(href.slice(5).replace(/\\/g, '/'), null);
    if (fileRecordCache.size > 1000) fileRecordCache.clear();
    fileRecordCache.set(href, rec);
  }
  return rec;
}

// Resolves `input` against `base` (an absolute URL string or undefined) and
// returns the resulting href, or null when that is not a valid URL (what
// `new URL(input, base)` would throw for). Only file: URLs are normalized;
// other absolute URLs are returned with their scheme lowercased.
function resolveURLHref(input, base) {
  input = trimURLInput(input);
  const scheme = getScheme(input);
  if (scheme === 'file:') {
    const rec = parseFileRest(input.slice(5).replace(/\\/g, '/'),
                              base !== undefined && getScheme(base) === 'file:' ?
                                parseFileHref(base) : null);
    return serializeFile(rec.host, rec.segs, rec.query, rec.fragment);
  }
  if (scheme !== '') {
    return scheme + input.slice(scheme.length);
  }
  if (base === undefined) return null;
  const baseScheme = getScheme(base);
  if (baseScheme === 'file:') {
    const rec = parseFileRest(input.replace(/\\/g, '/'), parseFileHref(base));
    return serializeFile(rec.host, rec.segs, rec.query, rec.fragment);
  }
  if (input.length > 0 && input[0] === '#' && baseScheme !== '') {
    const hash = base.indexOf('#');
    return (hash === -1 ? base : base.slice(0, hash)) + input;
  }
  // Relative references against opaque bases (node:, data:) are invalid;
  // other hierarchical bases (http:, ...) go through the full URL parser.
  if (baseScheme === '' || base[baseScheme.length] !== '/') return null;
  try {
    const { URL } = require('internal/whatwg_url');
    return new URL(input, base).href;
  } catch {
    return null;
  }
}

// Splits a file: href into { hostname, pathname } (pathname still encoded).
function fileHrefParts(href) {
  const rec = parseFileHref(href);
  return { hostname: rec.host, pathname: '/' + rec.segs.join('/') };
}

// ---------------------------------------------------------------------------
// fileURLToPath

function isURL(self) {
  return Boolean(self != null && self.href && self.protocol &&
                 self.auth === undefined && self.path === undefined);
}

function decodePathname(pathname) {
  return pathname.indexOf('%') === -1 ? pathname : decodeURIComponent(pathname);
}

function getPathFromURLPosix(hostname, pathname, input) {
  if (hostname !== '') {
    throw new (codes().ERR_INVALID_FILE_URL_HOST)(process.platform);
  }
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.charCodeAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) { // %2f / %2F
        throw new (codes().ERR_INVALID_FILE_URL_PATH)(
          'must not include encoded / characters', input);
      }
    }
  }
  return decodePathname(pathname);
}

function getPathFromURLWin32(hostname, pathname, input) {
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.charCodeAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) ||
          (pathname[n + 1] === '5' && third === 99)) {
        throw new (codes().ERR_INVALID_FILE_URL_PATH)(
          'must not include encoded \\ or / characters', input);
      }
    }
  }
  pathname = decodePathname(pathname.replace(/\//g, '\\'));
  if (hostname !== '') {
    return '\\\\' + hostname + pathname;
  }
  const letter = pathname.charCodeAt(1) | 0x20;
  const sep = pathname[2];
  if (letter < 97 || letter > 122 || sep !== ':') {
    throw new (codes().ERR_INVALID_FILE_URL_PATH)('must be absolute', input);
  }
  return pathname.slice(1);
}

function fileURLToPath(input, options) {
  const windows = options != null && options.windows !== undefined ?
    Boolean(options.windows) : false;
  let hostname;
  let pathname;
  if (typeof input === 'string') {
    const href = resolveURLHref(input, undefined);
    if (href === null) {
      throw new (codes().ERR_INVALID_URL)(input);
    }
    if (getScheme(href) !== 'file:') {
      throw new (codes().ERR_INVALID_URL_SCHEME)('file');
    }
    ({ hostname, pathname } = fileHrefParts(href));
  } else if (isURL(input)) {
    if (input.protocol !== 'file:') {
      throw new (codes().ERR_INVALID_URL_SCHEME)('file');
    }
    hostname = input.hostname;
    pathname = input.pathname;
  } else {
    throw new (codes().ERR_INVALID_ARG_TYPE)('path', ['string', 'URL'], input);
  }
  return windows ? getPathFromURLWin32(hostname, pathname, input) :
    getPathFromURLPosix(hostname, pathname, input);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

// file: href of a URL object or string (used where either is accepted).
function hrefOf(urlOrString) {
  return typeof urlOrString === 'string' ? urlOrString : `${urlOrString.href}`;
}

module.exports = {
  pathToFileURL,
  pathToFileURLHref,
  fileURLToPath,
  isURL,
  toPathIfFileURL,
  hrefOf,
  // Internal string-URL helpers for the module loaders.
  getScheme,
  resolveURLHref,
  fileHrefParts,
};
