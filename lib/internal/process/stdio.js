// process.stdout / stderr / stdin. Writes to stdout and stderr are synchronous, as
// Node's are on Linux for files, pipes and terminals. process.stdout and stderr are
// stream.Writables; the global console writes through a light writer of its own until
// a program touches process.stdout (loading the stream module costs more than the rest
// of start-up), then through process.stdout, so replacing its write() still works.

const EventEmitter = require('events');
const taskQueues = require('internal/process/task_queues');
const { writeSync, isatty, getWindowSize, guessHandleType } = internalBinding('stdio');

// Set when a program first reads process.stdout/stderr: until then the light
// writer below is all the global console writes to.
const touched = { __proto__: null, stdout: false, stderr: false };
// The global console's path for a line to the light writer: returns false when the
// program has process.stdout/stderr (the line then goes through the stream).
const kWriteLine = Symbol('kWriteLine');

class ConsoleWriter extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this.writable = true;
    this._type = guessHandleType(fd).toLowerCase();
    this._isStdio = true;
    this.destroyed = false;
    if (isatty(fd)) {
      this.isTTY = true;
      const size = getWindowSize(fd);
      if (size) {
        this.columns = size[0];
        this.rows = size[1];
      }
    }
  }

  [kWriteLine](line) {
    if (touched[this.fd === 1 ? 'stdout' : 'stderr']) return false;
    // Node's write completes through a tick, which the domain module (the task
    // queue's hook) makes observable: then take the stream's path.
    if (taskQueues.microtaskHook !== null) return false;
    this.writeChunk(line);
    return true;
  }

  // EPIPE (the reader went away) is reported as Node does: the stream emits
  // 'error'. Returns the error, if any.
  writeChunk(chunk) {
    const err = writeSync(this.fd, chunk);
    if (err !== -32) return undefined;
    const { uvException: UVException } = require('internal/errors');
    const e = UVException({ errno: err, syscall: 'write' });
    process.nextTick(() => this.emit('error', e));
    return e;
  }

  write(chunk, encoding, cb) {
    const real = materialized(this.fd === 1 ? 'stdout' : 'stderr');
    if (real !== undefined) return real.write(chunk, encoding, cb);
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (typeof chunk === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
      chunk = Buffer.from(chunk, encoding);
    }
    const e = this.writeChunk(chunk);
    if (e !== undefined) {
      if (typeof cb === 'function') process.nextTick(cb, e);
      return false;
    }
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    }
    if (chunk != null) this.write(chunk, encoding);
    if (typeof cb === 'function') process.nextTick(cb);
    return this;
  }

  cork() {}
  uncork() {}
  setDefaultEncoding() { return this; }
  destroy() { return this; }
  get writableLength() { return 0; }
  get writableHighWaterMark() { return 16384; }
  get writableNeedDrain() { return false; }

  getColorDepth(env = process.env) {
    if (env.FORCE_COLOR !== undefined) {
      switch (env.FORCE_COLOR) {
        case '': case '1': case 'true': return 4;
        case '2': return 8;
        case '3': return 24;
        default: return 1;
      }
    }
    if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') {
      return 1;
    }
    if (!this.isTTY) return 1;
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
    if (env.TERM && /-256(color)?$/.test(env.TERM)) return 8;
    return 4;
  }

  hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    }
    return count <= 2 ** this.getColorDepth(env);
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }
}

// process.stdin: a Readable over fd 0. A pipe, socket or terminal is read on the
// loop as data arrives (keeping the process alive while flowing, as Node's
// stdin); a file or /dev/null is read whole at the first _read.
let StdinClass;
function createStdin() {
  if (StdinClass === undefined) {
    const { Readable } = require('stream');
    const stdioBinding = internalBinding('stdio');
    StdinClass = class ReadStream extends Readable {
      constructor() {
        super({ highWaterMark: 64 * 1024 });
        this.fd = 0;
        this._handleId = undefined;
        this._refed = true;
        if (isatty(0)) {
          this.isTTY = true;
          this.isRaw = false;
        }
      }

      _read() {
        if (this._handleId !== undefined) {
          this._setRef(true);
          return;
        }
        const id = stdioBinding.stdinStart((chunk) => {
          if (chunk === null) {
            this._handleId = undefined;
            this.push(null);
          } else {
            this.push(require('buffer').Buffer.from(chunk));
          }
        });
        if (id !== false) {
          this._handleId = id;
          this._setRef(this._refed);
          return;
        }
        const text = stdioBinding.readStdinSync();
        if (text.length > 0) this.push(require('buffer').Buffer.from(text));
        this.push(null);
      }

      _setRef(on) {
        if (this._handleId !== undefined) stdioBinding.stdinRef(this._handleId, on);
      }

      // A paused stdin no longer keeps the process alive (Node stops reading).
      pause() {
        this._setRef(false);
        return super.pause();
      }

      resume() {
        if (this._refed) this._setRef(true);
        return super.resume();
      }

      setRawMode(flag) {
        this.isRaw = !!flag;
        return this;
      }

      ref() {
        this._refed = true;
        this._setRef(true);
        return this;
      }

      unref() {
        this._refed = false;
        this._setRef(false);
        return this;
      }
    };
  }
  return new StdinClass();
}

const streams = { __proto__: null };

// process.stdout/stderr once created (or replaced by the program), else undefined.
function materialized(name) {
  const d = Object.getOwnPropertyDescriptor(process, name);
  return d !== undefined && 'value' in d ? d.value : undefined;
}

let WritableStdio;
// The Writable class behind process.stdout/stderr (and tty.WriteStream), defined on
// first use.
function writableStdioClass() {
  if (WritableStdio === undefined) {
    // Only Writable: the whole stream module is not needed to write to stdout.
    const Writable = require('internal/streams/writable');
    WritableStdio = class SyncWriteStream extends Writable {
      constructor(fd) {
        super({ autoDestroy: true, emitClose: true });
        this.fd = fd;
        this.readable = false;
        this._type = guessHandleType(fd).toLowerCase();
        this._isStdio = true;
        if (isatty(fd)) {
          this.isTTY = true;
          const size = getWindowSize(fd);
          if (size) {
            this.columns = size[0];
            this.rows = size[1];
          }
        }
      }

      _write(chunk, encoding, cb) {
        const err = writeSync(this.fd, chunk);
        if (err) {
          const { uvException } = require('internal/errors');
          return cb(uvException({ errno: err, code: undefined, syscall: 'write' }));
        }
        cb();
      }

      // The process's own stdio is never closed by destroying the stream.
      _destroy(err, cb) { cb(err); }

      destroySoon() { this.destroy(); }
      getColorDepth(env) { return ConsoleWriter.prototype.getColorDepth.call(this, env); }
      hasColors(count, env) { return ConsoleWriter.prototype.hasColors.call(this, count, env); }
      getWindowSize() { return [this.columns, this.rows]; }
    };
  }
  return WritableStdio;
}

function writableStdio(fd) {
  return new (writableStdioClass())(fd);
}

function getStream(name) {
  if (name !== 'stdin') touched[name] = true;
  let s = streams[name];
  if (s === undefined) {
    if (name === 'stdin') s = createStdin();
    else s = writableStdio(name === 'stdout' ? 1 : 2);
    streams[name] = s;
  }
  return s;
}

const consoleWriters = { __proto__: null };

// What the global console writes to: process.stdout/stderr if the program has touched
// it, else a light writer to the same fd.
function consoleStream(name) {
  return materialized(name) ??
    (consoleWriters[name] ??= new ConsoleWriter(name === 'stdout' ? 1 : 2));
}

module.exports = {
  getStream,
  consoleStream,
  kWriteLine,
  writableStdioClass,
  SyncWriteStream: ConsoleWriter,
};
