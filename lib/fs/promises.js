// The `fs/promises` module (also `require('fs').promises`): promise forms of the
// file-system functions, built over lib/fs.js's callback and fd functions, and a
// minimal FileHandle (read/write/stat/readFile/writeFile/close...) for open().
// The functions are async so that argument errors reject, as in Node.

const fs = require('fs');
const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');

// Bound now: in Node, patching fs.readFile does not change fs.promises.readFile.
function promisified(fn) {
  return function(...args) {
    return new Promise((resolve, reject) => {
      fn(...args, (err, value) => {
        if (err) reject(err);
        else resolve(value);
      });
    });
  };
}

const pAccess = promisified(fs.access);
const pCopyFile = promisified(fs.copyFile);
const pRename = promisified(fs.rename);
const pTruncate = promisified(fs.truncate);
const pRm = promisified(fs.rm);
const pRmdir = promisified(fs.rmdir);
const pMkdir = promisified(fs.mkdir);
const pReaddir = promisified(fs.readdir);
const pReadlink = promisified(fs.readlink);
const pSymlink = promisified(fs.symlink);
const pLstat = promisified(fs.lstat);
const pStat = promisified(fs.stat);
const pLink = promisified(fs.link);
const pUnlink = promisified(fs.unlink);
const pChmod = promisified(fs.chmod);
const pChown = promisified(fs.chown);
const pLchown = promisified(fs.lchown);
const pUtimes = promisified(fs.utimes);
const pLutimes = promisified(fs.lutimes);
const pRealpath = promisified(fs.realpath);
const pMkdtemp = promisified(fs.mkdtemp);
const pWriteFile = promisified(fs.writeFile);
const pAppendFile = promisified(fs.appendFile);
const pReadFile = promisified(fs.readFile);
const pOpen = promisified(fs.open);

const {
  readSync, writeSync, closeSync, fstatSync, ftruncateSync, fsyncSync,
} = fs;

function checkAborted(options) {
  const signal = options != null && typeof options === 'object' ? options.signal : undefined;
  if (signal !== undefined && signal !== null && signal.aborted) {
    const { AbortError } = require('internal/errors');
    throw new AbortError(undefined, { cause: signal.reason });
  }
}

function encodingOf(options, def) {
  if (typeof options === 'string') return options;
  if (options != null && typeof options === 'object' && options.encoding !== undefined) {
    return options.encoding;
  }
  return def;
}

// Data for writeFile: strings and buffers as they are; other iterables are
// gathered into one buffer first.
async function collectData(data, encoding) {
  if (typeof data === 'string' || ArrayBuffer.isView(data)) return data;
  if (data != null && (typeof data[Symbol.asyncIterator] === 'function' ||
                       typeof data[Symbol.iterator] === 'function')) {
    const chunks = [];
    for await (const chunk of data) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, encoding || 'utf8') :
        Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
    return Buffer.concat(chunks);
  }
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

// ---------------------------------------------------------------------------
// FileHandle

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');

function closedError(syscall) {
  const err = new Error('file closed');
  err.code = 'EBADF';
  err.syscall = syscall;
  return err;
}

function fdOf(handle, syscall) {
  const fd = handle[kFd];
  if (fd === -1) throw closedError(syscall);
  return fd;
}

function readWhole(fd, encoding) {
  const chunks = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(65536);
    const n = readSync(fd, chunk, 0, chunk.length, -1);
    if (n === 0) break;
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    total += n;
  }
  const buf = Buffer.concat(chunks, total);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

function writeAll(fd, data, encoding) {
  const buf = typeof data === 'string' ? Buffer.from(data, encoding || 'utf8') : data;
  let offset = 0;
  const length = buf.byteLength;
  while (offset < length) {
    offset += writeSync(fd, buf, offset, length - offset, null);
  }
}

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    this.close = this.close.bind(this);
  }

  getAsyncId() {
    return -1;
  }

  get fd() {
    return this[kFd];
  }

  async appendFile(data, options) {
    const fd = fdOf(this, 'write');
    writeAll(fd, await collectData(data, encodingOf(options)), encodingOf(options));
  }

  async chmod(mode) {
    fdOf(this, 'fchmod');
    throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle.chmod()');
  }

  async chown(uid, gid) {
    fdOf(this, 'fchown');
    throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle.chown()');
  }

  async datasync() {
    fsyncSync(fdOf(this, 'fdatasync'));
  }

  async sync() {
    fsyncSync(fdOf(this, 'fsync'));
  }

  async read(buffer, offset, length, position) {
    const fd = fdOf(this, 'read');
    if (buffer != null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer)) {
      ({ buffer, offset, length, position } = buffer);
    } else if (offset != null && typeof offset === 'object') {
      ({ offset, length, position } = offset);
    }
    if (buffer === undefined) buffer = Buffer.alloc(16384);
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
    if (offset == null) offset = 0;
    if (length == null) length = buffer.byteLength - offset;
    if (position === undefined) position = null;
    const bytesRead = length === 0 ? 0 : readSync(fd, buffer, offset, length, position);
    return { __proto__: null, bytesRead, buffer };
  }

  async readFile(options) {
    checkAborted(options);
    return readWhole(fdOf(this, 'read'), encodingOf(options));
  }

  async stat(options) {
    return fstatSync(fdOf(this, 'fstat'));
  }

  async truncate(len = 0) {
    ftruncateSync(fdOf(this, 'ftruncate'), len);
  }

  async utimes(atime, mtime) {
    fdOf(this, 'futime');
    throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle.utimes()');
  }

  async write(buffer, offsetOrOptions, length, position) {
    const fd = fdOf(this, 'write');
    if (typeof buffer === 'string') {
      const bytesWritten = writeSync(fd, buffer, offsetOrOptions, length);
      return { __proto__: null, bytesWritten, buffer };
    }
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                     buffer);
    }
    let offset = offsetOrOptions;
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    if (length == null) length = buffer.byteLength - offset;
    const bytesWritten = length === 0 ? 0 : writeSync(fd, buffer, offset, length, position);
    return { __proto__: null, bytesWritten, buffer };
  }

  async writeFile(data, options) {
    checkAborted(options);
    const fd = fdOf(this, 'write');
    writeAll(fd, await collectData(data, encodingOf(options)), encodingOf(options));
  }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    this[kRefs]--;
    this[kClosePromise] = new Promise((resolve, reject) => {
      try {
        closeSync(fd);
      } catch (err) {
        this[kClosePromise] = null;
        this[kRefs]++;
        reject(err);
        return;
      }
      this[kFd] = -1;
      this[kClosePromise] = undefined;
      this.emit('close');
      resolve();
    });
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }
}

// ---------------------------------------------------------------------------
// The module functions.

async function access(path, mode) {
  return pAccess(path, mode);
}

async function copyFile(src, dest, mode) {
  return pCopyFile(src, dest, mode);
}

async function open(path, flags, mode) {
  return new FileHandle(await pOpen(path, flags, mode));
}

async function rename(oldPath, newPath) {
  return pRename(oldPath, newPath);
}

async function truncate(path, len) {
  return pTruncate(path, len);
}

async function rm(path, options) {
  return pRm(path, options);
}

async function rmdir(path, options) {
  return pRmdir(path, options);
}

async function mkdir(path, options) {
  return pMkdir(path, options);
}

async function readdir(path, options) {
  return pReaddir(path, options);
}

async function readlink(path, options) {
  return pReadlink(path, options);
}

async function symlink(target, path, type) {
  return pSymlink(target, path, type);
}

async function lstat(path, options) {
  return pLstat(path, options);
}

async function stat(path, options) {
  return pStat(path, options);
}

async function link(existingPath, newPath) {
  return pLink(existingPath, newPath);
}

async function unlink(path) {
  return pUnlink(path);
}

async function chmod(path, mode) {
  return pChmod(path, mode);
}

async function lchmod(path, mode) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function lchown(path, uid, gid) {
  return pLchown(path, uid, gid);
}

async function chown(path, uid, gid) {
  return pChown(path, uid, gid);
}

async function utimes(path, atime, mtime) {
  return pUtimes(path, atime, mtime);
}

async function lutimes(path, atime, mtime) {
  return pLutimes(path, atime, mtime);
}

async function realpath(path, options) {
  return pRealpath(path, options);
}

async function mkdtemp(prefix, options) {
  return pMkdtemp(prefix, options);
}

async function writeFile(path, data, options) {
  checkAborted(options);
  if (path instanceof FileHandle) return path.writeFile(data, options);
  return pWriteFile(path, await collectData(data, encodingOf(options)), options);
}

async function appendFile(path, data, options) {
  if (path instanceof FileHandle) return path.appendFile(data, options);
  return pAppendFile(path, await collectData(data, encodingOf(options)), options);
}

async function readFile(path, options) {
  checkAborted(options);
  if (path instanceof FileHandle) return path.readFile(options);
  return pReadFile(path, options);
}

// cp(src, dest[, options]): copies files, directories (with `recursive`) and
// symbolic links, with Node's checks and errors.
async function cp(src, dest, options) {
  const { validateObject, validateBoolean, validateFunction } =
    require('internal/validators');
  if (options !== undefined) validateObject(options, 'options');
  const opts = {
    dereference: false,
    errorOnExist: false,
    force: true,
    preserveTimestamps: false,
    recursive: false,
    filter: undefined,
    ...options,
  };
  for (const key of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive']) {
    validateBoolean(opts[key], `options.${key}`);
  }
  if (opts.filter !== undefined) validateFunction(opts.filter, 'options.filter');
  const { toPathIfFileURL } = require('internal/url');
  src = toPathIfFileURL(src);
  dest = toPathIfFileURL(dest);
  if (typeof src !== 'string') throw new ERR_INVALID_ARG_TYPE('src', ['string', 'URL'], src);
  if (typeof dest !== 'string') throw new ERR_INVALID_ARG_TYPE('dest', ['string', 'URL'], dest);
  await copyEntry(src, dest, opts, true);
}

function cpError(name, message, path, errno, code) {
  const errors = require('internal/errors').codes;
  return new errors[name]({ message, path, syscall: 'cp', errno, code });
}

function lstatOrUndefined(p) {
  try {
    return fs.lstatSync(p);
  } catch (err) {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  }
}

async function copyEntry(src, dest, opts, top) {
  if (opts.filter !== undefined && !(await opts.filter(src, dest))) return;
  const srcStat = opts.dereference ? fs.statSync(src) : fs.lstatSync(src);
  const destStat = lstatOrUndefined(dest);
  if (top) {
    const pathModule = require('path');
    const from = pathModule.resolve(src);
    const to = pathModule.resolve(dest);
    if (from === to) {
      throw cpError('ERR_FS_CP_EINVAL', 'src and dest cannot be the same', dest, 22, 'EINVAL');
    }
    if (srcStat.isDirectory() && to.startsWith(from + pathModule.sep)) {
      throw cpError('ERR_FS_CP_EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`,
                    dest, 22, 'EINVAL');
    }
  }
  if (srcStat.isDirectory()) {
    if (!opts.recursive) {
      throw cpError('ERR_FS_EISDIR', `${src} is a directory (not copied)`, src, 21, 'EISDIR');
    }
    if (destStat === undefined) {
      fs.mkdirSync(dest, { recursive: true });
    } else if (!destStat.isDirectory()) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR',
                    `cannot overwrite non-directory ${dest} with directory ${src}`, dest, 21, 'EISDIR');
    }
    const names = fs.readdirSync(src);
    for (let i = 0; i < names.length; i++) {
      await copyEntry(`${src}/${names[i]}`, `${dest}/${names[i]}`, opts, false);
    }
  } else if (srcStat.isSymbolicLink()) {
    const target = fs.readlinkSync(src);
    if (destStat !== undefined) {
      if (!opts.force) {
        if (opts.errorOnExist) {
          throw cpError('ERR_FS_CP_EEXIST', `${dest} already exists`, dest, 17, 'EEXIST');
        }
        return;
      }
      fs.unlinkSync(dest);
    }
    fs.symlinkSync(target, dest);
  } else if (srcStat.isFile()) {
    if (destStat !== undefined) {
      if (destStat.isDirectory()) {
        throw cpError('ERR_FS_CP_NON_DIR_TO_DIR',
                      `cannot overwrite directory ${dest} with non-directory ${src}`,
                      dest, 21, 'EISDIR');
      }
      if (!opts.force) {
        if (opts.errorOnExist) {
          throw cpError('ERR_FS_CP_EEXIST', `${dest} already exists`, dest, 17, 'EEXIST');
        }
        return;
      }
    }
    fs.copyFileSync(src, dest);
    if (opts.preserveTimestamps) fs.utimesSync(dest, srcStat.atime, srcStat.mtime);
  } else {
    throw cpError('ERR_FS_CP_UNKNOWN', `cannot copy an unknown file type ${dest}`, dest, 22,
                  'EINVAL');
  }
}

function notImplemented(name) {
  return async function() {
    throw new ERR_METHOD_NOT_IMPLEMENTED(`${name}()`);
  };
}

module.exports = {
  access,
  copyFile,
  cp,
  glob: notImplemented('glob'),
  open,
  opendir: notImplemented('opendir'),
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs: notImplemented('statfs'),
  link,
  unlink,
  chmod,
  lchmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  mkdtempDisposable: notImplemented('mkdtempDisposable'),
  writeFile,
  appendFile,
  readFile,
  watch: notImplemented('watch'),
  constants: fs.constants,
};

