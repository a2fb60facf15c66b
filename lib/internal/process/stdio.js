// process.stdout / stderr / stdin. Writes to stdout and stderr are synchronous, as
// Node's are on Linux for files, pipes and terminals; full stream semantics come with
// the stream module.

const EventEmitter = require('events');
const { writeSync, isatty, getWindowSize, guessHandleType } = internalBinding('stdio');

class SyncWriteStream extends EventEmitter {
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

  write(chunk, encoding, cb) {
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
    const err = writeSync(this.fd, chunk);
    if (err === -32) {
      // EPIPE: the reader went away; Node destroys the stream and emits 'error'.
      const { uvException: UVException } = require('internal/errors');
      const e = UVException({ errno: err, syscall: 'write' });
      process.nextTick(() => this.emit('error', e));
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

class Stdin extends EventEmitter {
  constructor() {
    super();
    this.fd = 0;
    this.isTTY = isatty(0) || undefined;
    if (!this.isTTY) delete this.isTTY;
    this.readable = true;
    this._encoding = null;
    this._started = false;
    this.on('newListener', (ev) => {
      if ((ev === 'data' || ev === 'end' || ev === 'readable') && !this._started) {
        this._started = true;
        process.nextTick(() => this._readAll());
      }
    });
  }

  setEncoding(enc) {
    this._encoding = enc;
    return this;
  }

  _readAll() {
    const text = internalBinding('stdio').readStdinSync();
    if (text.length > 0) {
      const chunk = this._encoding ? text : Buffer.from(text);
      this.emit('data', chunk);
    }
    this.readable = false;
    this.emit('end');
    this.emit('close');
  }

  resume() {
    if (!this._started) {
      this._started = true;
      process.nextTick(() => this._readAll());
    }
    return this;
  }

  pause() { return this; }
  setRawMode() { return this; }
  ref() { return this; }
  unref() { return this; }
}

const streams = { __proto__: null };

function getStream(name) {
  let s = streams[name];
  if (s === undefined) {
    if (name === 'stdin') s = new Stdin();
    else s = new SyncWriteStream(name === 'stdout' ? 1 : 2);
    streams[name] = s;
  }
  return s;
}

module.exports = { getStream, SyncWriteStream };
