// The `child_process` module: spawn/exec/execFile (children on the event loop) and the
// synchronous forms. fork() (an IPC channel) arrives with the child_process issue.

const { stubFunction } = require('internal/not_implemented');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_CHILD_PROCESS_STDIO_MAXBUFFER },
  genericNodeError,
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
const { signals } = require('internal/process/signals');

function signalName(num) {
  if (num == null) return null;
  for (const name of Object.keys(signals)) if (signals[name] === num) return name;
  return null;
}

function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    // The native side takes strings; Node converts each argument the same way.
    args = args.map((a) => `${a}`);
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  let cwd = options.cwd;
  if (cwd != null) {
    cwd = require('internal/url').toPathIfFileURL(cwd);
    if (typeof cwd !== 'string') throw new ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'URL'], cwd);
  }
  if (options.shell) {
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  const argv0 = typeof options.argv0 === 'string' ? options.argv0 : file;
  args.unshift(argv0);
  const env = options.env || process.env;
  const envPairs = [];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value !== undefined) envPairs.push(`${key}=${value}`);
  }
  return { ...options, args, cwd, envPairs, file };
}

function stdioKinds(stdio) {
  if (stdio === undefined || stdio === null) stdio = 'pipe';
  if (typeof stdio === 'string') {
    switch (stdio) {
      case 'pipe': case 'overlapped': return ['pipe', 'pipe', 'pipe'];
      case 'inherit': return ['inherit', 'inherit', 'inherit'];
      case 'ignore': return ['ignore', 'ignore', 'ignore'];
      default: throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
  }
  if (!Array.isArray(stdio)) throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  const kinds = [];
  for (let i = 0; i < 3; i++) {
    const s = stdio[i];
    if (s === 'inherit' || s === i || (s && s.fd === i)) kinds.push('inherit');
    else if (s === 'ignore') kinds.push('ignore');
    else kinds.push('pipe');
  }
  return kinds;
}

function spawnSync(file, args, options) {
  const opts = normalizeSpawnArguments(file, args, options);
  const maxBuffer = opts.maxBuffer === undefined ? 1024 * 1024 : opts.maxBuffer;
  let input = opts.input;
  if (input !== undefined && input !== null) {
    if (typeof input === 'string') {
      input = Buffer.from(input, opts.encoding && opts.encoding !== 'buffer' ? opts.encoding : 'utf8');
    } else if (!ArrayBuffer.isView(input)) {
      throw new ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
  }
  let killSignal = opts.killSignal;
  if (typeof killSignal === 'string') killSignal = signals[killSignal];
  const r = internalBinding('spawn_sync').spawn({
    file: opts.file,
    args: opts.args,
    cwd: opts.cwd,
    envPairs: opts.envPairs,
    stdio: stdioKinds(opts.stdio),
    input: input ?? null,
    timeout: opts.timeout,
    killSignal,
    maxBuffer,
  });
  const encoding = opts.encoding && opts.encoding !== 'buffer' ? opts.encoding : null;
  const conv = (ab) => {
    if (ab == null) return null;
    const b = Buffer.from(ab);
    return encoding ? b.toString(encoding) : b;
  };
  const stdout = conv(r.stdout);
  const stderr = conv(r.stderr);
  const result = {
    status: r.status ?? null,
    signal: signalName(r.signal),
    output: [null, stdout, stderr],
    pid: r.pid ?? 0,
    stdout,
    stderr,
  };
  if (r.error) {
    const { errnoException } = require('internal/errors');
    const err = errnoException(r.error, `spawnSync ${opts.file}`);
    err.path = opts.file;
    err.spawnargs = opts.args.slice(1);
    result.error = err;
  } else if (r.maxBuffer) {
    result.error = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER('stdout');
  }
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
    delete err.error;
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = genericNodeError(msg, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const errArgs = [options.argv0 || file];
  errArgs.push(...args);
  const err = checkExecSyncError(ret, errArgs);
  if (err) throw err;
  return ret.stdout;
}

function normalizeExecFileArgs(file, args, options) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    options = args;
    args = [];
  } else if (args == null) {
    args = [];
  }
  return { file, args, options: options || {} };
}

function execSync(command, options) {
  validateString(command, 'command');
  options = { ...(options || {}), shell: typeof options?.shell === 'string' ? options.shell : true };
  const inheritStderr = !options.stdio;
  const ret = spawnSync(command, [], options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}



function spawn(file, args, options) {
  const opts = normalizeSpawnArguments(file, args, options);
  const { ChildProcess } = require('internal/child_process');
  const child = new ChildProcess();
  child.spawn({ ...opts, stdioKinds: stdioKinds(opts.stdio) });
  if (opts.timeout > 0) {
    const t = setTimeout(() => child.kill(opts.killSignal || 'SIGTERM'), opts.timeout);
    child.once('exit', () => clearTimeout(t));
  }
  return child;
}

function execFile(file, args, options, callback) {
  if (typeof args === 'function') {
    callback = args;
    args = [];
    options = {};
  } else if (typeof options === 'function') {
    callback = options;
    if (!Array.isArray(args) && args !== null && typeof args === 'object') {
      options = args;
      args = [];
    } else {
      options = {};
    }
  }
  if (args == null) args = [];
  options = { encoding: 'utf8', maxBuffer: 1024 * 1024, ...options };
  const child = spawn(file, args, options);
  const out = [];
  const err = [];
  let finished = false;
  const decode = (chunks) => {
    const b = Buffer.concat(chunks);
    return options.encoding && options.encoding !== 'buffer' ? b.toString(options.encoding) : b;
  };
  if (child.stdout) child.stdout.on('data', (c) => out.push(c));
  if (child.stderr) child.stderr.on('data', (c) => err.push(c));
  const cmd = [file, ...args].join(' ');
  function done(e, code, signal) {
    if (finished) return;
    finished = true;
    if (!callback) return;
    const stdout = decode(out);
    const stderr = decode(err);
    if (!e && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (!e) {
      e = new Error(`Command failed: ${cmd}\n${stderr}`);
      e.code = code;
      e.killed = child.killed;
      e.signal = signal;
    }
    e.cmd = cmd;
    callback(e, stdout, stderr);
  }
  child.on('close', (code, signal) => done(null, code, signal));
  child.on('error', (e) => done(e));
  return child;
}

function exec(command, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateString(command, 'command');
  const shell = typeof options?.shell === 'string' ? options.shell : '/bin/sh';
  return execFile(shell, ['-c', command], { ...options, shell: false }, callback &&
    ((err, stdout, stderr) => {
      if (err) err.cmd = command;
      callback(err, stdout, stderr);
    }));
}

// util.promisify(exec|execFile) resolves { stdout, stderr } and rejects with an error
// that carries them, as in Node.
function customPromisify(fn) {
  return function(...args) {
    let child;
    const promise = new Promise((resolve, reject) => {
      child = fn(...args, (err, stdout, stderr) => {
        if (err !== null) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout, stderr });
        }
      });
    });
    promise.child = child;
    return promise;
  };
}
Object.defineProperty(exec, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: false, value: customPromisify(exec),
});
Object.defineProperty(execFile, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: false, value: customPromisify(execFile),
});

module.exports = {
  spawnSync,
  execSync,
  execFileSync,
  spawn,
  exec,
  execFile,
  fork: stubFunction('child_process.fork()'),
  get ChildProcess() { return require('internal/child_process').ChildProcess; },
  _forkChild: stubFunction('child_process._forkChild()'),
};
