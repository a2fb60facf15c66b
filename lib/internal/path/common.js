'use strict';

// What path.posix and path.win32 share: character codes, separator tests,
// segment normalization, format() and the basename/extname/parse scanners.

// internal/validators loads only to throw.
function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    require('internal/validators').validateObject(value, name);
  }
}

const CHAR_DOT = 46; /* . */
const CHAR_FORWARD_SLASH = 47; /* / */
const CHAR_BACKWARD_SLASH = 92; /* \ */
const CHAR_COLON = 58; /* : */
const CHAR_QUESTION_MARK = 63; /* ? */
const CHAR_UPPERCASE_A = 65;
const CHAR_UPPERCASE_Z = 90;
const CHAR_LOWERCASE_A = 97;
const CHAR_LOWERCASE_Z = 122;

function isPathSeparator(code) {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
}

function isPosixPathSeparator(code) {
  return code === CHAR_FORWARD_SLASH;
}

function isWindowsDeviceRoot(code) {
  return (code >= CHAR_UPPERCASE_A && code <= CHAR_UPPERCASE_Z) ||
         (code >= CHAR_LOWERCASE_A && code <= CHAR_LOWERCASE_Z);
}
// Resolves '.' and '..' segments and collapses separators. The result has
// no leading or trailing separator; `allowAboveRoot` keeps leading '..'.
function normalizeString(path, allowAboveRoot, separator, isSeparator) {
  let res = '';
  let lastSegmentLength = 0;
  let lastSlash = -1;
  let dots = 0;
  let code = 0;
  const len = path.length;
  for (let i = 0; i <= len; ++i) {
    if (i < len) {
      code = path.charCodeAt(i);
    } else if (isSeparator(code)) {
      break;
    } else {
      code = CHAR_FORWARD_SLASH;
    }

    if (!isSeparator(code)) {
      // -1 marks a segment that is not made of dots only.
      if (code === CHAR_DOT && dots !== -1) ++dots;
      else dots = -1;
      continue;
    }

    if (lastSlash === i - 1 || dots === 1) {
      // Empty or '.' segment: nothing to add.
    } else if (dots === 2) {
      const resLen = res.length;
      const endsWithDotDot = resLen >= 2 && lastSegmentLength === 2 &&
        res.charCodeAt(resLen - 1) === CHAR_DOT &&
        res.charCodeAt(resLen - 2) === CHAR_DOT;
      if (!endsWithDotDot && resLen > 2) {
        const lastSlashIndex = res.lastIndexOf(separator);
        if (lastSlashIndex === -1) {
          res = '';
          lastSegmentLength = 0;
        } else {
          res = res.slice(0, lastSlashIndex);
          lastSegmentLength = res.length - 1 - res.lastIndexOf(separator);
        }
      } else if (!endsWithDotDot && resLen !== 0) {
        res = '';
        lastSegmentLength = 0;
      } else if (allowAboveRoot) {
        res += resLen > 0 ? `${separator}..` : '..';
        lastSegmentLength = 2;
      }
    } else {
      const segment = path.slice(lastSlash + 1, i);
      res += res.length > 0 ? `${separator}${segment}` : segment;
      lastSegmentLength = i - lastSlash - 1;
    }
    lastSlash = i;
    dots = 0;
  }
  return res;
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base ||
    `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) {
    return base;
  }
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// Segment-wise comparison used by win32.relative() when lower-casing does
// not preserve string lengths.
function relativeBySegments(fromOrig, toOrig) {
  const fromSplit = fromOrig.split('\\');
  const toSplit = toOrig.split('\\');
  if (fromSplit[fromSplit.length - 1] === '') fromSplit.pop();
  if (toSplit[toSplit.length - 1] === '') toSplit.pop();

  const fromLen = fromSplit.length;
  const toLen = toSplit.length;
  const length = fromLen < toLen ? fromLen : toLen;

  let i;
  for (i = 0; i < length; i++) {
    if (fromSplit[i].toLowerCase() !== toSplit[i].toLowerCase()) break;
  }

  if (i === 0) return toOrig;
  if (i === length) {
    if (toLen > length) return toSplit.slice(i).join('\\');
    if (fromLen > length) return '..\\'.repeat(fromLen - 1 - i) + '..';
    return '';
  }
  return '..\\'.repeat(fromLen - i) + toSplit.slice(i).join('\\');
}

function basenameFrom(path, suffix, start, isSeparator) {
  let end = -1;
  let matchedSlash = true;

  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    // Walk back once, tracking both the last segment and how far the
    // suffix matches its end.
    let extIdx = suffix.length - 1;
    let firstNonSlashEnd = -1;
    for (let i = path.length - 1; i >= start; --i) {
      const code = path.charCodeAt(i);
      if (isSeparator(code)) {
        if (!matchedSlash) {
          start = i + 1;
          break;
        }
      } else {
        if (firstNonSlashEnd === -1) {
          matchedSlash = false;
          firstNonSlashEnd = i + 1;
        }
        if (extIdx >= 0) {
          if (code === suffix.charCodeAt(extIdx)) {
            if (--extIdx === -1) {
              // The whole suffix matched: the name ends here.
              end = i;
            }
          } else {
            // Mismatch: keep the full segment.
            extIdx = -1;
            end = firstNonSlashEnd;
          }
        }
      }
    }

    if (start === end) end = firstNonSlashEnd;
    else if (end === -1) end = path.length;
    return path.slice(start, end);
  }

  for (let i = path.length - 1; i >= start; --i) {
    if (isSeparator(path.charCodeAt(i))) {
      if (!matchedSlash) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
  }

  if (end === -1) return '';
  return path.slice(start, end);
}

// Results of scanLastSegment(), kept in module variables rather than an
// array: destructuring goes through the iterator protocol in QuickJS.
let scanStartDot = -1;
let scanStartPart = 0;
let scanEnd = -1;
// 0: no dot seen yet, 1: only dots before the last dot, -1: other chars.
let scanPreDotState = 0;

// Scans the last segment of path[start..] from the end.
function scanLastSegment(path, start, startPart, isSeparator) {
  let startDot = -1;
  let end = -1;
  let matchedSlash = true;
  let preDotState = 0;
  for (let i = path.length - 1; i >= start; --i) {
    const code = path.charCodeAt(i);
    if (isSeparator(code)) {
      if (!matchedSlash) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
    if (code === CHAR_DOT) {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  scanStartDot = startDot;
  scanStartPart = startPart;
  scanEnd = end;
  scanPreDotState = preDotState;
}

// True when the scanned segment has no extension: no dot, a leading dot
// only (".bashrc"), or it is "..".
function scannedHasNoExtension() {
  return scanStartDot === -1 ||
    scanPreDotState === 0 ||
    (scanPreDotState === 1 && scanStartDot === scanEnd - 1 &&
     scanStartDot === scanStartPart + 1);
}

function extnameFrom(path, start, isSeparator) {
  scanLastSegment(path, start, start, isSeparator);
  if (scanEnd === -1 || scannedHasNoExtension()) return '';
  return path.slice(scanStartDot, scanEnd);
}

// Fills base/name/ext of `ret`; returns where the last segment starts
// (`startPartInit` when the path has no separator after the root).
function parseTail(path, start, startPartInit, isSeparator, ret, skipRootSlash) {
  scanLastSegment(path, start, startPartInit, isSeparator);
  const startPart = scanStartPart;
  const end = scanEnd;
  if (end !== -1) {
    const nameStart = skipRootSlash && startPart === 0 ? 1 : startPart;
    if (scannedHasNoExtension()) {
      ret.base = ret.name = path.slice(nameStart, end);
    } else {
      ret.name = path.slice(nameStart, scanStartDot);
      ret.base = path.slice(nameStart, end);
      ret.ext = path.slice(scanStartDot, end);
    }
  }
  return startPart;
}

module.exports = {
  CHAR_BACKWARD_SLASH,
  CHAR_COLON,
  CHAR_DOT,
  CHAR_FORWARD_SLASH,
  CHAR_QUESTION_MARK,
  _format,
  basenameFrom,
  extnameFrom,
  isPathSeparator,
  isPosixPathSeparator,
  isWindowsDeviceRoot,
  normalizeString,
  parseTail,
  relativeBySegments,
};
