// The `fs` module, core subset: readFile/writeFile/stat (callback forms on the thread
// pool), their Sync forms, and the Sync helpers programs and the loader rely on.
// The complete module comes with the file-system issue.

const binding = internalBinding('fs');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_FS_EISDIR } } = require('internal/errors');
const { validateFunction, validateBoolean, validateObject } = require('internal/validators');
const { Buffer } = require('buffer');
const pathModule = require('path');

const kUsePromises = Symbol('kUsePromises');

function toPathIfFileURL(p) {
  if (p != null && typeof p === 'object' && typeof p.href === 'string' && p.protocol === 'file:') {
    return require('internal/url').fileURLToPath(p);
  }
  return p;
}

function getValidatedPath(p, name = 'path') {
  p = toPathIfFileURL(p);
  if (typeof p !== 'string' && !(p instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], p);
  }
  const s = typeof p === 'string' ? p : Buffer.from(p).toString();
  if (s.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, p, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return s;
}

function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') return { ...defaults, encoding: options };
  if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  return { ...defaults, ...options };
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// ---- Stats ------------------------------------------------------------------------
const S_IFMT = 0o170000;
class StatsBase {
  isDirectory() { return (this.mode & S_IFMT) === 0o040000; }
  isFile() { return (this.mode & S_IFMT) === 0o100000; }
  isBlockDevice() { return (this.mode & S_IFMT) === 0o060000; }
  isCharacterDevice() { return (this.mode & S_IFMT) === 0o020000; }
  isSymbolicLink() { return (this.mode & S_IFMT) === 0o120000; }
  isFIFO() { return (this.mode & S_IFMT) === 0o010000; }
  isSocket() { return (this.mode & S_IFMT) === 0o140000; }
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
for (const [name, key] of [['atime', 'atimeMs'], ['mtime', 'mtimeMs'], ['ctime', 'ctimeMs'], ['birthtime', 'birthtimeMs']]) {
  Object.defineProperty(Stats.prototype, name, {
    get() {
      const v = new Date(Math.round(this[key]));
      Object.defineProperty(this, name, { value: v, writable: true, enumerable: true, configurable: true });
      return v;
    },
    set(v) {
      Object.defineProperty(this, name, { value: v, writable: true, enumerable: true, configurable: true });
    },
    enumerable: true,
    configurable: true,
  });
}

function statsFromArray(a) {
  return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
                   a[10], a[11], a[12], a[13]);
}

// ---- readFile / writeFile -----------------------------------------------------------
function decodeResult(ab, encoding) {
  const buf = Buffer.from(ab);
  return encoding ? buf.toString(encoding) : buf;
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const p = getValidatedPath(path);
  binding.readFile(p, (err, ab) => {
    if (err) return callback(err);
    let result;
    try {
      result = decodeResult(ab, options.encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, result);
  });
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (typeof path === 'number') {
    if (path === 0) return decodeResult(Buffer.from(internalBinding('stdio').readStdinSync()), options.encoding);
  }
  const p = getValidatedPath(path);
  let data;
  try {
    data = binding.readFile(p);
  } catch (err) {
    // Node reads text through another binding call, which shows in its stack.
    if (isUtf8(options.encoding)) readAsUtf8.add(err);
    throw err;
  }
  return decodeResult(data, options.encoding);
}

function dataToWrite(data, encoding) {
  if (typeof data === 'string') {
    return !encoding || encoding === 'utf8' || encoding === 'utf-8' ? data : Buffer.from(data, encoding);
  }
  if (ArrayBuffer.isView(data)) {
    return data instanceof Uint8Array ? data : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const p = getValidatedPath(path, 'path');
  const bytes = dataToWrite(data, options.encoding);
  binding.writeFile(p, bytes, String(options.flag || 'w').startsWith('a'), options.mode, (err) => callback(err || null));
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (path === 1 || path === 2) {
    internalBinding('stdio').writeSync(path, dataToWrite(data, options.encoding));
    return;
  }
  const p = getValidatedPath(path, 'path');
  binding.writeFile(p, dataToWrite(data, options.encoding), String(options.flag || 'w').startsWith('a'), options.mode);
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  writeFile(path, data, { ...options, flag: 'a' }, callback);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  writeFileSync(path, data, { ...options, flag: 'a' });
}

// ---- stat ---------------------------------------------------------------------------
function stat(path, options, callback) {
  if (typeof options === 'function') callback = options;
  callback = makeCallback(callback);
  const p = getValidatedPath(path);
  binding.stat(p, true, (err, a) => (err ? callback(err) : callback(null, statsFromArray(a))));
}

function lstat(path, options, callback) {
  if (typeof options === 'function') callback = options;
  callback = makeCallback(callback);
  const p = getValidatedPath(path);
  binding.stat(p, false, (err, a) => (err ? callback(err) : callback(null, statsFromArray(a))));
}

function statSyncImpl(path, options, follow) {
  const p = getValidatedPath(path);
  try {
    return statsFromArray(binding.stat(p, follow));
  } catch (err) {
    if (options && options.throwIfNoEntry === false && err.code === 'ENOENT') return undefined;
    throw err;
  }
}

function statSync(path, options) { return statSyncImpl(path, options, true); }
function lstatSync(path, options) { return statSyncImpl(path, options, false); }

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.exists(path);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  const r = existsSync(path);
  process.nextTick(callback, r);
}

// ---- directories and files ----------------------------------------------------------
function mkdirSync(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = typeof options === 'string' ? parseInt(options, 8) : options;
  } else if (options) {
    if (options.recursive !== undefined) {
      validateBoolean(options.recursive, 'options.recursive');
      recursive = options.recursive;
    }
    if (options.mode !== undefined) mode = typeof options.mode === 'string' ? parseInt(options.mode, 8) : options.mode;
  }
  const p = getValidatedPath(path);
  const r = binding.mkdir(pathModule.toNamespacedPath(p), recursive, mode);
  return recursive ? (r == null ? undefined : r) : undefined;
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'cb');
  let r;
  try {
    r = mkdirSync(path, options);
  } catch (err) {
    process.nextTick(callback, err);
    return;
  }
  process.nextTick(callback, null, r);
}

function mkdtempSync(prefix, options) {
  options = getOptions(options, {});
  const p = getValidatedPath(prefix, 'prefix');
  return binding.mkdtemp(p);
}

function rmSync(path, options) {
  const p = getValidatedPath(path);
  const recursive = !!(options && options.recursive);
  const force = !!(options && options.force);
  if (options) validateObject(options, 'options');
  if (!recursive) {
    const st = statSyncImpl(p, { throwIfNoEntry: false }, false);
    if (st && st.isDirectory()) {
      throw new ERR_FS_EISDIR({
        code: 'EISDIR', message: 'is a directory', path: p, syscall: 'rm', errno: 21,
      });
    }
  }
  binding.rm(p, recursive, force);
}

function readdirSync(path, options) {
  options = getOptions(options, {});
  const p = getValidatedPath(path);
  const names = binding.readdir(p);
  if (options.withFileTypes) {
    return names.map((name) => {
      const st = lstatSync(pathModule.join(p, name));
      const d = Object.create(Dirent.prototype);
      d.name = name;
      d.parentPath = p;
      d.path = p;
      d._mode = st.mode;
      return d;
    });
  }
  return names;
}

class Dirent {
  isDirectory() { return (this._mode & S_IFMT) === 0o040000; }
  isFile() { return (this._mode & S_IFMT) === 0o100000; }
  isSymbolicLink() { return (this._mode & S_IFMT) === 0o120000; }
  isBlockDevice() { return (this._mode & S_IFMT) === 0o060000; }
  isCharacterDevice() { return (this._mode & S_IFMT) === 0o020000; }
  isFIFO() { return (this._mode & S_IFMT) === 0o010000; }
  isSocket() { return (this._mode & S_IFMT) === 0o140000; }
}

function unlinkSync(path) { binding.unlink(getValidatedPath(path)); }
function rmdirSync(path) { binding.rmdir(getValidatedPath(path)); }
function renameSync(from, to) { binding.rename(getValidatedPath(from, 'oldPath'), getValidatedPath(to, 'newPath')); }
function chmodSync(path, mode) { binding.chmod(getValidatedPath(path), typeof mode === 'string' ? parseInt(mode, 8) : mode); }
function accessSync(path, mode = 0) { binding.access(getValidatedPath(path), mode); }
function realpathSync(path) {
  const p = getValidatedPath(path);
  try {
    return binding.realpath(p);
  } catch (err) {
    // Node resolves with lstat, one component at a time: its error names the first
    // component that fails.
    const absolute = pathModule.resolve(`${p}`);
    let prefix = '';
    for (const part of absolute.split('/').slice(1)) {
      prefix += `/${part}`;
      binding.stat(prefix, false);
    }
    throw err;
  }
}
realpathSync.native = realpathSync;

// ---- file descriptors -----------------------------------------------------------------
const O = { O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 64, O_EXCL: 128, O_TRUNC: 512,
  O_APPEND: 1024, O_SYNC: 1052672 };

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O.O_RDONLY;
  switch (flags) {
    case 'r': return O.O_RDONLY;
    case 'rs': case 'sr': return O.O_RDONLY | O.O_SYNC;
    case 'r+': return O.O_RDWR;
    case 'rs+': case 'sr+': return O.O_RDWR | O.O_SYNC;
    case 'w': return O.O_TRUNC | O.O_CREAT | O.O_WRONLY;
    case 'wx': case 'xw': return O.O_TRUNC | O.O_CREAT | O.O_WRONLY | O.O_EXCL;
    case 'w+': return O.O_TRUNC | O.O_CREAT | O.O_RDWR;
    case 'wx+': case 'xw+': return O.O_TRUNC | O.O_CREAT | O.O_RDWR | O.O_EXCL;
    case 'a': return O.O_APPEND | O.O_CREAT | O.O_WRONLY;
    case 'ax': case 'xa': return O.O_APPEND | O.O_CREAT | O.O_WRONLY | O.O_EXCL;
    case 'as': case 'sa': return O.O_APPEND | O.O_CREAT | O.O_WRONLY | O.O_SYNC;
    case 'a+': return O.O_APPEND | O.O_CREAT | O.O_RDWR;
    case 'ax+': case 'xa+': return O.O_APPEND | O.O_CREAT | O.O_RDWR | O.O_EXCL;
    case 'as+': case 'sa+': return O.O_APPEND | O.O_CREAT | O.O_RDWR | O.O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE('flags', flags);
}

function validateFd(fd) {
  const { validateInt32 } = require('internal/validators');
  validateInt32(fd, 'fd', 0);
}

function openSync(path, flags, mode = 0o666) {
  const p = getValidatedPath(path);
  return binding.open(p, stringToFlags(flags), typeof mode === 'string' ? parseInt(mode, 8) : mode);
}

function closeSync(fd) {
  validateFd(fd);
  binding.close(fd);
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  let offset = offsetOrOptions;
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset === undefined) offset = 0;
  if (length === undefined) length = buffer.byteLength - offset;
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (length === 0) return 0;
  const view = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const pos = typeof position === 'bigint' ? Number(position) :
    (typeof position === 'number' && position >= 0 ? position : -1);
  return binding.read(fd, view, offset, length, pos);
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  validateFd(fd);
  if (typeof buffer === 'string') {
    const data = Buffer.from(buffer, typeof length === 'string' ? length : 'utf8');
    const pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : -1;
    return binding.writeBuffer(fd, data, pos);
  }
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  let offset = offsetOrOptions;
  if (offset !== null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null) offset = 0;
  if (length == null) length = buffer.byteLength - offset;
  const view = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
  return binding.writeBuffer(fd, view, typeof position === 'number' ? position : -1);
}

function fstatSync(fd) {
  validateFd(fd);
  return statsFromArray(binding.fstat(fd));
}

function toUnixTime(t) {
  if (typeof t === 'number') return t;
  if (t instanceof Date) return t.getTime() / 1000;
  if (typeof t === 'string' && +t == t) return +t;
  throw new ERR_INVALID_ARG_TYPE('time', ['Date', 'Time in seconds'], t);
}

function symlinkSync(target, path, type) {
  binding.symlink(getValidatedPath(target, 'target'), getValidatedPath(path));
}
function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'), getValidatedPath(newPath, 'newPath'));
}
function readlinkSync(path, options) {
  options = getOptions(options, {});
  const r = binding.readlink(getValidatedPath(path));
  return options.encoding === 'buffer' ? Buffer.from(r) : r;
}
function truncateSync(path, len = 0) {
  if (typeof path === 'number') return ftruncateSync(path, len);
  binding.truncate(getValidatedPath(path), len);
}
function ftruncateSync(fd, len = 0) {
  validateFd(fd);
  binding.ftruncate(fd, len);
}
function fsyncSync(fd) {
  validateFd(fd);
  binding.fsync(fd);
}
function utimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), toUnixTime(atime), toUnixTime(mtime), true);
}
function lutimesSync(path, atime, mtime) {
  binding.utimes(getValidatedPath(path), toUnixTime(atime), toUnixTime(mtime), false);
}
function copyFileSync(src, dest, mode = 0) {
  binding.copyFile(getValidatedPath(src, 'src'), getValidatedPath(dest, 'dest'), (mode & 1) !== 0);
}
function chownSync(path, uid, gid) { binding.chown(getValidatedPath(path), uid, gid, true); }
function lchownSync(path, uid, gid) { binding.chown(getValidatedPath(path), uid, gid, false); }

function wrapSyncAsCallback(fn) {
  return function(...args) {
    const cb = args.pop();
    validateFunction(cb, 'cb');
    let r;
    try {
      r = fn(...args);
    } catch (err) {
      process.nextTick(cb, err);
      return;
    }
    process.nextTick(cb, null, r);
  };
}

// Node 24's fs.constants on Linux, in its order (libuv's names included).
const constants = {
  UV_FS_SYMLINK_DIR: 1,
  UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0,
  O_WRONLY: 1,
  O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0,
  UV_DIRENT_FILE: 1,
  UV_DIRENT_DIR: 2,
  UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5,
  UV_DIRENT_CHAR: 6,
  UV_DIRENT_BLOCK: 7,
  S_IFMT: 0xf000,
  S_IFREG: 0x8000,
  S_IFDIR: 0x4000,
  S_IFCHR: 0x2000,
  S_IFBLK: 0x6000,
  S_IFIFO: 0x1000,
  S_IFLNK: 0xa000,
  S_IFSOCK: 0xc000,
  O_CREAT: 64,
  O_EXCL: 128,
  UV_FS_O_FILEMAP: 0,
  UV_FS_O_TEMPORARY: 0,
  UV_FS_O_SHORT_LIVED: 0,
  UV_FS_O_SEQUENTIAL: 0,
  UV_FS_O_RANDOM: 0,
  O_NOCTTY: 0x100,
  O_TRUNC: 0x200,
  O_APPEND: 0x400,
  O_DIRECTORY: 0x10000,
  O_NOATIME: 0x40000,
  O_NOFOLLOW: 0x20000,
  O_SYNC: 0x101000,
  O_DSYNC: 0x1000,
  O_DIRECT: 0x4000,
  O_NONBLOCK: 0x800,
  S_IRWXU: 0x1c0,
  S_IRUSR: 0x100,
  S_IWUSR: 128,
  S_IXUSR: 64,
  S_IRWXG: 56,
  S_IRGRP: 32,
  S_IWGRP: 16,
  S_IXGRP: 8,
  S_IRWXO: 7,
  S_IROTH: 4,
  S_IWOTH: 2,
  S_IXOTH: 1,
  F_OK: 0,
  R_OK: 4,
  W_OK: 2,
  X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1,
  COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4,
  COPYFILE_FICLONE_FORCE: 4,
};

// A failed sync call's frames and arrow as Node 24.21.0 prints them (see
// setNodeFrame in internal/bootstrap/stack_trace): [name, line, column] of Node's
// frames in node:fs, innermost first, and the source line the arrow points into.
const readAsUtf8 = new WeakSet();
function isUtf8(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8';
}
const kOpen = [['Object.openSync', 621, 18], '  return binding.open('];
const kWriteUtf8 = [['Object.writeFileSync', 2482, 20], '    return binding.writeFileUtf8('];
const kSyncFrames = {
  __proto__: null,
  readFileSync(err) {
    if (readAsUtf8.has(err)) {
      return [[['Object.readFileSync', 483, 20]],
              '    return binding.readFileUtf8(path, stringToFlags(options.flag));'];
    }
    if (err.syscall === 'open') return [[kOpen[0], ['Object.readFileSync', 487, 35]], kOpen[1]];
    return [[['Object.readSync', 797, 18], ['tryReadSync', 426, 20], ['Object.readFileSync', 529, 19]],
            '  return binding.read(fd, buffer, offset, length, position);'];
  },
  writeFileSync: () => [[kWriteUtf8[0]], kWriteUtf8[1]],
  appendFileSync: () => [[kWriteUtf8[0], ['Object.appendFileSync', 2564, 6]], kWriteUtf8[1]],
  openSync: () => [[kOpen[0]], kOpen[1]],
  readdirSync: () => [[['Object.readdirSync', 1630, 26]], '  const result = binding.readdir('],
  statSync: () => [[['Object.statSync', 1794, 25]], '  const stats = binding.stat('],
  lstatSync: () => [[['Object.lstatSync', 1770, 25]], '  const stats = binding.lstat('],
  mkdirSync: () => [[['Object.mkdirSync', 1410, 26]], '  const result = binding.mkdir('],
  unlinkSync: () => [[['Object.unlinkSync', 2000, 11]], '  binding.unlink(getValidatedPath(path));'],
  rmdirSync: () => [[['Object.rmdirSync', 1236, 11]], '  binding.rmdir(path);'],
  accessSync: () => [[['Object.accessSync', 244, 11]], '  binding.access(getValidatedPath(path), mode);'],
  renameSync: () => [[['Object.renameSync', 1073, 11]], '  binding.rename('],
  copyFileSync: () => [[['Object.copyFileSync', 3200, 11]], '  binding.copyFile('],
  realpathSync: () => [[['Object.realpathSync', 2862, 29]],
    '      const stats = binding.lstat(base, true, undefined, true /* throwIfNoEntry */);'],
};
{
  const { callsAsMethod, setNodeFrame } = require('internal/bootstrap/stack_trace');
  const fns = { readFileSync, writeFileSync, appendFileSync, openSync, readdirSync, statSync,
    lstatSync, mkdirSync, unlinkSync, rmdirSync, accessSync, renameSync, copyFileSync,
    realpathSync };
  for (const name of Object.keys(fns)) {
    const frames = (err) => (err !== null && typeof err === 'object' && typeof err.syscall === 'string' ?
      kSyncFrames[name](err) : undefined);
    setNodeFrame(fns[name], {
      text(above, err, nth, below) {
        const spec = frames(err);
        if (spec === undefined) return name;
        // appendFileSync's own frames include the write.
        if (name === 'writeFileSync' && below !== undefined &&
            below[0].getFunction?.() === appendFileSync) {
          return [];
        }
        const list = spec[0].map(([fn, line, col]) => `${fn} (node:fs:${line}:${col})`);
        // The outermost frame is the user's call: Object.name for fs.name(), else name.
        if (!callsAsMethod(below)) list[list.length - 1] = list[list.length - 1].replace(/^Object\./, '');
        return list;
      },
      arrow(err) {
        const spec = frames(err);
        if (spec === undefined) return undefined;
        const [, line, col] = spec[0][0];
        return `node:fs:${line}\n${spec[1]}\n${' '.repeat(col - 1)}^\n`;
      },
    });
  }
  setNodeFrame(statSyncImpl, { drop: true });
}

module.exports = {
  readFile,
  readFileSync,
  writeFile,
  writeFileSync,
  appendFile,
  appendFileSync,
  stat,
  lstat,
  statSync,
  lstatSync,
  exists,
  existsSync,
  mkdir,
  mkdirSync,
  mkdtempSync,
  rmSync,
  readdirSync,
  readdir: wrapSyncAsCallback(readdirSync),
  openSync,
  open: wrapSyncAsCallback(openSync),
  closeSync,
  close: wrapSyncAsCallback(closeSync),
  readSync,
  writeSync,
  fstatSync,
  fstat: wrapSyncAsCallback(fstatSync),
  unlinkSync,
  unlink: wrapSyncAsCallback(unlinkSync),
  rmdirSync,
  renameSync,
  rename: wrapSyncAsCallback(renameSync),
  chmodSync,
  accessSync,
  access: wrapSyncAsCallback(accessSync),
  realpathSync,
  realpath: wrapSyncAsCallback(realpathSync),
  symlinkSync,
  symlink: wrapSyncAsCallback(symlinkSync),
  linkSync,
  link: wrapSyncAsCallback(linkSync),
  readlinkSync,
  readlink: wrapSyncAsCallback(readlinkSync),
  truncateSync,
  truncate: wrapSyncAsCallback(truncateSync),
  ftruncateSync,
  ftruncate: wrapSyncAsCallback(ftruncateSync),
  fsyncSync,
  fsync: wrapSyncAsCallback(fsyncSync),
  fdatasyncSync: fsyncSync,
  fdatasync: wrapSyncAsCallback(fsyncSync),
  utimesSync,
  utimes: wrapSyncAsCallback(utimesSync),
  lutimesSync,
  lutimes: wrapSyncAsCallback(lutimesSync),
  copyFileSync,
  copyFile: wrapSyncAsCallback(copyFileSync),
  chownSync,
  chown: wrapSyncAsCallback(chownSync),
  lchownSync,
  lchown: wrapSyncAsCallback(lchownSync),
  chmod: wrapSyncAsCallback(chmodSync),
  rm: wrapSyncAsCallback(rmSync),
  rmdir: wrapSyncAsCallback(rmdirSync),
  mkdtemp: wrapSyncAsCallback(mkdtempSync),
  Stats,
  Dirent,
  constants,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  kUsePromises,
};

// fs.promises is the 'fs/promises' module, loaded on first use.
Object.defineProperty(module.exports, 'promises', {
  get() {
    return require('fs/promises');
  },
  enumerable: true,
  configurable: true,
});
