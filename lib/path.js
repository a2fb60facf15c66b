// The `path` builtin: POSIX and Windows path manipulation. On this runtime
// (Linux) `path` is `path.posix`; `path.win32` is always available.
'use strict';

const {
  validateObject,
  validateString,
} = require('internal/validators');

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

// Device names Windows reserves in every directory ("CON:", "com1:", ...).
const WINDOWS_RESERVED_NAMES = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'COM\u00b9', 'COM\u00b2', 'COM\u00b3',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3',
]);

function isReservedName(name) {
  return WINDOWS_RESERVED_NAMES.has(name.toUpperCase());
}

// normalize() treats a relative path whose text before its first ':' is a
// reserved name as a device reference. Without a ':', Node compares all
// but the last character ("CON." and "NULx" count, "CON" does not); this
// is reproduced as observed.
function reservedRootEnd(path) {
  const colon = path.indexOf(':');
  return isReservedName(path.slice(0, colon)) ? colon + 1 : -1;
}

// join() keeps its result unnormalized when a backslash-separated segment
// names a device ("a\\CON:x").
function hasReservedSegment(joined) {
  const segments = joined.split('\\');
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const colon = segment.indexOf(':');
    if (colon > 0 && isReservedName(segment.slice(0, colon))) return true;
  }
  return false;
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

// Scans the "\\server\share" part of a path starting with two separators.
// Returns undefined when no complete server and share are present, else
// { server, shareStart, shareEnd }.
function scanUNCRoot(path) {
  const len = path.length;
  let j = 2;
  let last = j;
  while (j < len && !isPathSeparator(path.charCodeAt(j))) j++;
  if (j >= len || j === last) return undefined;
  const server = path.slice(last, j);
  last = j;
  while (j < len && isPathSeparator(path.charCodeAt(j))) j++;
  if (j >= len || j === last) return undefined;
  last = j;
  while (j < len && !isPathSeparator(path.charCodeAt(j))) j++;
  return { server, shareStart: last, shareEnd: j };
}

// "\\.\" and "\\?\" prefixes name the device namespace, not a server.
function isDeviceNamespace(server) {
  return server.length === 1 &&
    (server.charCodeAt(0) === CHAR_DOT || server.charCodeAt(0) === CHAR_QUESTION_MARK);
}

// Splits the root of a Windows path for resolve()/normalize().
function win32Root(path) {
  const len = path.length;
  const code = path.charCodeAt(0);
  let rootEnd = 0;
  let device;
  let isAbsolute = false;
  let uncWhole = false;
  let deviceNamespace = false;

  if (len === 1) {
    if (isPathSeparator(code)) {
      rootEnd = 1;
      isAbsolute = true;
    }
  } else if (isPathSeparator(code)) {
    isAbsolute = true;
    if (isPathSeparator(path.charCodeAt(1))) {
      const unc = scanUNCRoot(path);
      if (unc !== undefined) {
        if (isDeviceNamespace(unc.server)) {
          device = `\\\\${unc.server}`;
          rootEnd = 4;
          deviceNamespace = true;
        } else {
          device = `\\\\${unc.server}\\${path.slice(unc.shareStart, unc.shareEnd)}`;
          rootEnd = unc.shareEnd;
          uncWhole = unc.shareEnd === len;
        }
      }
    } else {
      rootEnd = 1;
    }
  } else if (isWindowsDeviceRoot(code) && path.charCodeAt(1) === CHAR_COLON) {
    device = path.slice(0, 2);
    rootEnd = 2;
    if (len > 2 && isPathSeparator(path.charCodeAt(2))) {
      isAbsolute = true;
      rootEnd = 3;
    }
  }
  return { rootEnd, device, isAbsolute, uncWhole, deviceNamespace };
}

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;

    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
      } else {
        // Windows keeps a cwd per drive in "=X:" environment variables; use
        // it when it belongs to the drive, else the drive's root.
        path = process.env[`=${resolvedDevice}`] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
             path.charCodeAt(2) === CHAR_BACKWARD_SLASH)) {
          path = `${resolvedDevice}\\`;
        }
      }

      const { rootEnd, device, isAbsolute } = win32Root(path);

      if (device !== undefined) {
        if (resolvedDevice.length > 0) {
          // A path on another drive does not contribute.
          if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
        } else {
          resolvedDevice = device;
        }
      }

      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = isAbsolute;
        if (isAbsolute && resolvedDevice.length > 0) break;
      }
    }

    resolvedTail = normalizeString(resolvedTail, !resolvedAbsolute, '\\', isPathSeparator);

    return resolvedAbsolute ?
      `${resolvedDevice}\\${resolvedTail}` :
      `${resolvedDevice}${resolvedTail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) {
      return isPosixPathSeparator(path.charCodeAt(0)) ? '\\' : path;
    }

    let { rootEnd, device, isAbsolute, uncWhole, deviceNamespace } = win32Root(path);

    if (deviceNamespace) {
      // "\\\\?\\CON:x" (or "\\\\.\\CON:x") becomes "\\\\?\\CON:\\x".
      const rest = path.slice(4);
      const colon = rest.indexOf(':');
      if (colon > 0 && isReservedName(rest.slice(0, colon))) {
        let tail = normalizeString(rest.slice(colon + 1), false, '\\', isPathSeparator);
        if (tail.length > 0 && isPathSeparator(path.charCodeAt(len - 1))) tail += '\\';
        return `\\\\?\\${rest.slice(0, colon + 1)}\\${tail}`;
      }
    }

    if (uncWhole) {
      // "\\\\server\\share" alone: always a directory.
      return `${device}\\`;
    }

    let reserved = false;
    if (device === undefined && !isAbsolute) {
      const end = reservedRootEnd(path);
      if (end !== -1) {
        reserved = true;
        device = path.slice(0, end);
        rootEnd = end;
      }
    }

    let tail = rootEnd < len ?
      normalizeString(path.slice(rootEnd), !isAbsolute, '\\', isPathSeparator) : '';
    if (tail.length === 0 && !isAbsolute) tail = '.';
    if (tail.length > 0 && isPathSeparator(path.charCodeAt(len - 1))) tail += '\\';

    if (reserved) return `.\\${device}${tail}`;

    // A relative result must not be readable as a drive-qualified path
    // ("c:x" or "foo:" from "./foo:"), so prefix it with ".\".
    if (!isAbsolute && device === undefined && path.includes(':')) {
      if (tail.length >= 2 &&
          isWindowsDeviceRoot(tail.charCodeAt(0)) &&
          tail.charCodeAt(1) === CHAR_COLON) {
        return `.\\${tail}`;
      }
      let index = path.indexOf(':');
      do {
        if (index === len - 1 || isPathSeparator(path.charCodeAt(index + 1))) {
          return `.\\${tail}`;
        }
      } while ((index = path.indexOf(':', index + 1)) !== -1);
    }

    if (device === undefined) {
      return isAbsolute ? `\\${tail}` : tail;
    }
    return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;

    const code = path.charCodeAt(0);
    return isPathSeparator(code) ||
      (len > 2 &&
       isWindowsDeviceRoot(code) &&
       path.charCodeAt(1) === CHAR_COLON &&
       isPathSeparator(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';

    let joined;
    let firstPart;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = firstPart = arg;
        else joined += `\\${arg}`;
      }
    }

    if (joined === undefined) return '.';

    // Unless the first argument clearly starts a UNC path (exactly two
    // separators then a name), leading separators collapse to one so that
    // normalize() does not read the result as UNC.
    let needsReplace = true;
    let slashCount = 0;
    if (isPathSeparator(firstPart.charCodeAt(0))) {
      ++slashCount;
      const firstLen = firstPart.length;
      if (firstLen > 1 && isPathSeparator(firstPart.charCodeAt(1))) {
        ++slashCount;
        if (firstLen > 2) {
          if (isPathSeparator(firstPart.charCodeAt(2))) ++slashCount;
          else needsReplace = false;
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length &&
             isPathSeparator(joined.charCodeAt(slashCount))) {
        slashCount++;
      }
      if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
    }

    // Normalizing would turn a "CON:" segment into a device reference;
    // only unify the separators.
    if (hasReservedSegment(joined)) return joined.replace(/\//g, '\\');

    return win32.normalize(joined);
  },

  // Case-insensitive, as Windows paths are.
  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');

    if (from === to) return '';

    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);

    if (fromOrig === toOrig) return '';

    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();

    if (from === to) return '';

    if (fromOrig.length !== from.length || toOrig.length !== to.length) {
      // Lower-casing changed lengths (some non-ASCII letters): compare
      // segment by segment so offsets into the originals stay valid.
      return relativeBySegments(fromOrig, toOrig);
    }

    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === CHAR_BACKWARD_SLASH) {
      fromStart++;
    }
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === CHAR_BACKWARD_SLASH) {
      fromEnd--;
    }
    const fromLen = fromEnd - fromStart;

    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === CHAR_BACKWARD_SLASH) {
      toStart++;
    }
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === CHAR_BACKWARD_SLASH) {
      toEnd--;
    }
    const toLen = toEnd - toStart;

    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i)) break;
      else if (fromCode === CHAR_BACKWARD_SLASH) lastCommonSep = i;
    }

    if (i !== length) {
      // Different roots: no relative path exists.
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        if (to.charCodeAt(toStart + i) === CHAR_BACKWARD_SLASH) {
          // `from` is a directory prefix of `to`.
          return toOrig.slice(toStart + i + 1);
        }
        if (i === 2) {
          // `from` is a drive root such as "C:\".
          return toOrig.slice(toStart + i);
        }
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === CHAR_BACKWARD_SLASH) {
          lastCommonSep = i;
        } else if (i === 2) {
          lastCommonSep = 3;
        }
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }

    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === CHAR_BACKWARD_SLASH) {
        out += out.length === 0 ? '..' : '\\..';
      }
    }

    toStart += lastCommonSep;

    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;

    if (toOrig.charCodeAt(toStart) === CHAR_BACKWARD_SLASH) ++toStart;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    // Non-string values pass through untouched.
    if (typeof path !== 'string' || path.length === 0) return path;

    const resolvedPath = win32.resolve(path);

    if (resolvedPath.length <= 2) return path;

    if (resolvedPath.charCodeAt(0) === CHAR_BACKWARD_SLASH) {
      if (resolvedPath.charCodeAt(1) === CHAR_BACKWARD_SLASH) {
        const code = resolvedPath.charCodeAt(2);
        if (code !== CHAR_QUESTION_MARK && code !== CHAR_DOT) {
          return `\\\\?\\UNC\\${resolvedPath.slice(2)}`;
        }
      }
    } else if (isWindowsDeviceRoot(resolvedPath.charCodeAt(0)) &&
               resolvedPath.charCodeAt(1) === CHAR_COLON &&
               resolvedPath.charCodeAt(2) === CHAR_BACKWARD_SLASH) {
      return `\\\\?\\${resolvedPath}`;
    }

    return resolvedPath;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const code = path.charCodeAt(0);
    if (len === 1) {
      return isPathSeparator(code) ? path : '.';
    }

    let rootEnd = -1;
    let offset = 0;
    if (isPathSeparator(code)) {
      rootEnd = offset = 1;
      if (isPathSeparator(path.charCodeAt(1))) {
        const unc = scanUNCRoot(path);
        if (unc !== undefined) {
          // A bare "\\server\share" is its own dirname.
          if (unc.shareEnd === len) return path;
          rootEnd = offset = unc.shareEnd + 1;
        }
      }
    } else if (isWindowsDeviceRoot(code) && path.charCodeAt(1) === CHAR_COLON) {
      rootEnd = len > 2 && isPathSeparator(path.charCodeAt(2)) ? 3 : 2;
      offset = rootEnd;
    }

    let end = -1;
    let matchedSlash = true;
    for (let i = len - 1; i >= offset; --i) {
      if (isPathSeparator(path.charCodeAt(i))) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }

    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    // A drive letter is never part of the basename.
    const start = path.length >= 2 &&
      isWindowsDeviceRoot(path.charCodeAt(0)) &&
      path.charCodeAt(1) === CHAR_COLON ? 2 : 0;
    return basenameFrom(path, suffix, start, isPathSeparator);
  },

  extname(path) {
    validateString(path, 'path');
    let start = 0;
    if (path.length >= 2 &&
        path.charCodeAt(1) === CHAR_COLON &&
        isWindowsDeviceRoot(path.charCodeAt(0))) {
      start = 2;
    }
    return extnameFrom(path, start, isPathSeparator);
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');

    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;

    const len = path.length;
    let rootEnd = 0;
    const code = path.charCodeAt(0);

    if (len === 1) {
      if (isPathSeparator(code)) {
        ret.root = ret.dir = path;
        return ret;
      }
      ret.base = ret.name = path;
      return ret;
    }
    if (isPathSeparator(code)) {
      rootEnd = 1;
      if (isPathSeparator(path.charCodeAt(1))) {
        const unc = scanUNCRoot(path);
        if (unc !== undefined) {
          rootEnd = unc.shareEnd === len ? len : unc.shareEnd + 1;
        }
      }
    } else if (isWindowsDeviceRoot(code) && path.charCodeAt(1) === CHAR_COLON) {
      if (len <= 2) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = 2;
      if (isPathSeparator(path.charCodeAt(2))) {
        if (len === 3) {
          ret.root = ret.dir = path;
          return ret;
        }
        rootEnd = 3;
      }
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);

    const startPart = parseTail(path, rootEnd, rootEnd, isPathSeparator, ret, false);
    if (startPart > 0 && startPart !== rootEnd) ret.dir = path.slice(0, startPart - 1);
    else ret.dir = ret.root;

    return ret;
  },

  matchesGlob(path, pattern) {
    return globMatch(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

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

const posixCwd = () => process.cwd();

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

const posix = {
  resolve(...args) {
    let resolvedPath = '';
    let resolvedAbsolute = false;

    // Right to left until an absolute path is formed; the cwd comes last.
    for (let i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
      const path = i >= 0 ? args[i] : posixCwd();
      validateString(path, `paths[${i}]`);

      if (path.length === 0) continue;

      resolvedPath = `${path}/${resolvedPath}`;
      resolvedAbsolute = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
    }

    resolvedPath = normalizeString(resolvedPath, !resolvedAbsolute, '/', isPosixPathSeparator);

    if (resolvedAbsolute) return `/${resolvedPath}`;
    return resolvedPath.length > 0 ? resolvedPath : '.';
  },

  normalize(path) {
    validateString(path, 'path');

    if (path.length === 0) return '.';

    const isAbsolute = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
    const trailingSeparator = path.charCodeAt(path.length - 1) === CHAR_FORWARD_SLASH;

    path = normalizeString(path, !isAbsolute, '/', isPosixPathSeparator);

    if (path.length === 0) {
      if (isAbsolute) return '/';
      return trailingSeparator ? './' : '.';
    }
    if (trailingSeparator) path += '/';

    return isAbsolute ? `/${path}` : path;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === CHAR_FORWARD_SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';

    let joined;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = arg;
        else joined += `/${arg}`;
      }
    }
    if (joined === undefined) return '.';

    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');

    if (from === to) return '';

    from = posix.resolve(from);
    to = posix.resolve(to);

    if (from === to) return '';

    // Both are absolute now: skip the leading '/'.
    const fromStart = 1;
    const fromEnd = from.length;
    const fromLen = fromEnd - fromStart;
    const toStart = 1;
    const toLen = to.length - toStart;

    const length = (fromLen < toLen ? fromLen : toLen);
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i)) break;
      else if (fromCode === CHAR_FORWARD_SLASH) lastCommonSep = i;
    }
    if (i === length) {
      if (toLen > length) {
        if (to.charCodeAt(toStart + i) === CHAR_FORWARD_SLASH) {
          // `from` is a directory prefix of `to`.
          return to.slice(toStart + i + 1);
        }
        if (i === 0) {
          // `from` is the root.
          return to.slice(toStart + i);
        }
      } else if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === CHAR_FORWARD_SLASH) {
          // `to` is a directory prefix of `from`.
          lastCommonSep = i;
        } else if (i === 0) {
          // `to` is the root.
          lastCommonSep = 0;
        }
      }
    }

    let out = '';
    // One '..' per remaining segment of `from`.
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === CHAR_FORWARD_SLASH) {
        out += out.length === 0 ? '..' : '/..';
      }
    }

    return `${out}${to.slice(toStart + lastCommonSep)}`;
  },

  toNamespacedPath(path) {
    // Non-op on POSIX systems.
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
    let end = -1;
    let matchedSlash = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path.charCodeAt(i) === CHAR_FORWARD_SLASH) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }

    if (end === -1) return hasRoot ? '/' : '.';
    // POSIX leaves the meaning of exactly two leading slashes open; keep it.
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameFrom(path, suffix, 0, isPosixPathSeparator);
  },

  extname(path) {
    validateString(path, 'path');
    return extnameFrom(path, 0, isPosixPathSeparator);
  },

  format: _format.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');

    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const isAbsolute = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
    let start;
    if (isAbsolute) {
      ret.root = '/';
      start = 1;
    } else {
      start = 0;
    }
    const startPart = parseTail(path, start, 0, isPosixPathSeparator, ret, isAbsolute);

    if (startPart > 0) ret.dir = path.slice(0, startPart - 1);
    else if (isAbsolute) ret.dir = '/';

    return ret;
  },

  matchesGlob(path, pattern) {
    return globMatch(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

// Legacy alias.
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

module.exports = posix;
