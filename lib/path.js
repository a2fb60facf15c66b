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

// Scans the last segment of path[start..]; returns
// [startDot, startPart, end, preDotState] as used by extname() and parse().
function scanLastSegment(path, start, startPart, isSeparator) {
  let startDot = -1;
  let end = -1;
  let matchedSlash = true;
  // 0: no dot seen yet, 1: only dots before the last dot, -1: other chars.
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
  return [startDot, startPart, end, preDotState];
}

// True when the segment has no extension: no dot, a leading dot only
// (".bashrc"), or it is "..".
function noExtension(startDot, startPart, end, preDotState) {
  return startDot === -1 ||
    preDotState === 0 ||
    (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1);
}

function extnameFrom(path, start, isSeparator) {
  const [startDot, startPart, end, preDotState] =
    scanLastSegment(path, start, start, isSeparator);
  if (end === -1 || noExtension(startDot, startPart, end, preDotState)) return '';
  return path.slice(startDot, end);
}

// Fills base/name/ext of `ret`; returns where the last segment starts
// (`startPartInit` when the path has no separator after the root).
function parseTail(path, start, startPartInit, isSeparator, ret, skipRootSlash) {
  const [startDot, startPart, end, preDotState] =
    scanLastSegment(path, start, startPartInit, isSeparator);
  if (end !== -1) {
    const nameStart = skipRootSlash && startPart === 0 ? 1 : startPart;
    if (noExtension(startDot, startPart, end, preDotState)) {
      ret.base = ret.name = path.slice(nameStart, end);
    } else {
      ret.name = path.slice(nameStart, startDot);
      ret.base = path.slice(nameStart, end);
      ret.ext = path.slice(startDot, end);
    }
  }
  return startPart;
}

const posixCwd = () => process.cwd();

function globMatch(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  return require('internal/fs/glob').matchGlobPattern(path, pattern, windows);
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
