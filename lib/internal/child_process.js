// ChildProcess: an asynchronous child with piped stdio on the event loop
// (internalBinding('process_wrap')). stdout/stderr are Readable streams, stdin a
// Writable; 'exit' comes when the child ends and 'close' once its stdio has ended too.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const binding = internalBinding('process_wrap');
const { signals } = require('internal/process/signals');
const { codes: { ERR_UNKNOWN_SIGNAL, ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function signalName(num) {
  if (num == null) return null;
  for (const name of Object.keys(signals)) if (signals[name] === num) return name;
  return null;
}

function makeReadable() {
  const { Readable } = require('stream');
  return new Readable({ read() {} });
}

function makeWritable(child) {
  const { Writable } = require('stream');
  return new Writable({
    write(chunk, encoding, cb) {
      const err = binding.writeStdin(child.pid, chunk);
      if (err) {
        const { uvException } = require('internal/errors');
        cb(uvException({ errno: err, code: undefined, syscall: 'write' }));
      } else {
        cb();
      }
    },
    final(cb) {
      binding.closeStdin(child.pid);
      cb();
    },
    destroy(err, cb) {
      binding.closeStdin(child.pid);
      cb(err);
    },
  });
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this.spawnargs = [];
    this.pid = undefined;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = [null, null, null];
  }

  spawn(options) {
    const kinds = options.stdioKinds;
    this.spawnfile = options.file;
    this.spawnargs = options.args;
    const onData = (stream) => (chunk) => {
      if (stream === null) return;
      if (chunk === null) stream.push(null);
      else stream.push(Buffer.from(chunk));
    };
    if (kinds[1] === 'pipe') this.stdout = makeReadable();
    if (kinds[2] === 'pipe') this.stderr = makeReadable();
    const r = binding.spawn({
      file: options.file,
      args: options.args,
      cwd: options.cwd,
      envPairs: options.envPairs,
      stdio: kinds,
      detached: !!options.detached,
    }, (code, signal) => this._onExit(code, signal), onData(this.stdout), onData(this.stderr));
    if (r < 0) {
      const { errnoException } = require('internal/errors');
      const err = errnoException(r, `spawn ${options.file}`);
      err.path = options.file;
      err.spawnargs = options.args.slice(1);
      this.stdout = this.stderr = null;
      process.nextTick(() => {
        this.emit('error', err);
        this._onExit(r < 0 ? r : -2, null, true);
      });
      return err;
    }
    this.pid = r;
    if (kinds[0] === 'pipe') this.stdin = makeWritable(this);
    for (const s of [this.stdout, this.stderr]) {
      if (s) {
        this._closesNeeded++;
        s.on('close', () => this._maybeClose());
      }
    }
    this.stdio = [this.stdin, this.stdout, this.stderr];
    process.nextTick(() => this.emit('spawn'));
    return undefined;
  }

  _onExit(code, signal, failed = false) {
    if (!failed) {
      this.signalCode = signalName(signal);
      this.exitCode = this.signalCode ? null : code;
    } else {
      this.exitCode = code;
    }
    if (this.stdin) this.stdin.destroy();
    if (!failed) this.emit('exit', this.exitCode, this.signalCode);
    // Output nobody reads still has to drain for 'close' to come (Node's flushStdio).
    for (const stream of [this.stdout, this.stderr]) {
      if (stream && stream.readable && stream.listenerCount('data') === 0 &&
          stream.readableFlowing !== false) {
        stream.resume();
      }
    }
    this._maybeClose();
  }

  _maybeClose() {
    this._closesGot++;
    if (this._closesGot === this._closesNeeded) {
      this.emit('close', this.exitCode, this.signalCode);
    }
  }

  kill(sig) {
    let num;
    if (sig === undefined) num = signals.SIGTERM;
    else if (typeof sig === 'number') num = sig;
    else if (typeof sig === 'string' && signals[sig] !== undefined) num = signals[sig];
    else if (typeof sig === 'string') throw new ERR_UNKNOWN_SIGNAL(sig);
    else throw new ERR_INVALID_ARG_TYPE('signal', ['string', 'number'], sig);
    if (this.pid === undefined || this.exitCode !== null || this.signalCode !== null) return false;
    const err = binding.kill(this.pid, num);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    return false;
  }

  ref() {}
  unref() {}
}

module.exports = { ChildProcess, signalName };
