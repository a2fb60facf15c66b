// Builds the `process` object: an EventEmitter whose prototype is named 'process',
// with the properties and methods of Node's process that belong to the core runtime.

const EventEmitter = require('events');
const pm = internalBinding('process_methods');
const options = internalBinding('options');

const RODE_VERSION = '0.1.0';
const NODE_VERSION = 'v24.21.0';

let envWarned = false;
function makeEnv() {
  const target = { __proto__: null };
  for (const k of pm.envKeys()) {
    const v = pm.getEnv(k);
    if (v !== undefined) target[k] = v;
  }
  // Writes go to the real environment (child processes and native code see them) and
  // to the target, so util.inspect(process.env) shows the live values.
  return new Proxy(target, {
    get(t, key) {
      if (typeof key !== 'string') return undefined;
      return pm.getEnv(key);
    },
    set(t, key, value) {
      if (typeof key === 'symbol') {
        const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
        throw new ERR_INVALID_ARG_TYPE('key', 'string', key);
      }
      if (typeof value === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      if (typeof value !== 'string' && typeof value !== 'number' &&
          typeof value !== 'boolean' && !envWarned &&
          options.flags.includes('--pending-deprecation')) {
        envWarned = true;
        process.emitWarning(
          'Assigning any value other than a string, number, or boolean to a ' +
          'process.env property is deprecated. Please make sure to convert the ' +
          'value to a string before setting process.env with it.',
          'DeprecationWarning', 'DEP0104');
      }
      const s = `${value}`;
      pm.setEnv(key, s);
      t[key] = s;
      return true;
    },
    deleteProperty(t, key) {
      if (typeof key === 'string') {
        pm.unsetEnv(key);
        delete t[key];
      }
      return true;
    },
    has(t, key) {
      return typeof key === 'string' && pm.getEnv(key) !== undefined;
    },
    ownKeys(t) {
      const keys = pm.envKeys();
      for (const k of Object.keys(t)) if (!keys.includes(k)) delete t[k];
      for (const k of keys) if (!(k in t)) t[k] = pm.getEnv(k);
      return keys;
    },
    getOwnPropertyDescriptor(t, key) {
      if (typeof key !== 'string') return undefined;
      const v = pm.getEnv(key);
      if (v === undefined) return undefined;
      t[key] = v;
      return { value: v, writable: true, enumerable: true, configurable: true };
    },
    defineProperty(t, key, desc) {
      // Only a configurable, writable, enumerable data descriptor, as in Node.
      let reason;
      if (desc.get || desc.set) {
        reason = 'does not accept an accessor(getter/setter) descriptor';
      } else if (!('value' in desc) || desc.configurable !== true || desc.writable !== true ||
                 desc.enumerable !== true) {
        reason = 'only accepts a configurable, writable, and enumerable data descriptor';
      }
      if (reason !== undefined) {
        const { codes: { ERR_INVALID_OBJECT_DEFINE_PROPERTY } } = require('internal/errors');
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY(`'process.env' ${reason}`);
      }
      const s = `${desc.value}`;
      pm.setEnv(key, s);
      t[key] = s;
      return true;
    },
  });
}

function hrtime(time) {
  const ns = pm.hrtimeNs();
  const nowSec = Math.floor(ns / 1e9);
  const nowNs = ns - nowSec * 1e9;
  // Keep 9-digit nanoseconds exact: hrtimeNs is an integer below 2^53.
  if (time !== undefined) {
    if (!Array.isArray(time)) {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
    }
    if (time.length !== 2) {
      const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
      throw new ERR_OUT_OF_RANGE('time', 2, time.length);
    }
    let sec = nowSec - time[0];
    let nsec = nowNs - time[1];
    if (nsec < 0) {
      sec -= 1;
      nsec += 1e9;
    }
    return [sec, nsec];
  }
  return [nowSec, nowNs];
}
hrtime.bigint = function bigint() {
  return BigInt(pm.hrtimeNs());
};

function createProcess() {
  function process() {}
  const proto = Object.create(EventEmitter.prototype, {
    constructor: { value: process, writable: true, configurable: true, enumerable: false },
    [Symbol.toStringTag]: { value: 'process', writable: false, enumerable: false, configurable: true },
  });
  // `process instanceof process.constructor` holds, as in Node.
  process.prototype = proto;
  const p = Object.create(proto);
  EventEmitter.call(p);

  const execPath = pm.execPath();
  let argv;
  if (options.mode === 'file') {
    // `process` does not exist yet, so resolve against the native cwd directly.
    const { normalize, isAbsolute } = require('path');
    const main = isAbsolute(options.value) ? options.value : `${pm.cwd()}/${options.value}`;
    argv = [execPath, normalize(main), ...options.args];
  } else {
    argv = [execPath, ...options.args];
  }

  let exitCode;
  // Plain assignment makes the same writable, enumerable, configurable data
  // property as a full descriptor (nothing on the prototype chain intercepts
  // these names), without building a descriptor object per property.
  const define = (name, value) => { p[name] = value; };
  define('version', NODE_VERSION);
  define('versions', {
    node: NODE_VERSION.slice(1),
    rode: RODE_VERSION,
    acorn: '8.15.0',
    ada: '2.9.2',
    ares: '1.34.5',
    brotli: '1.1.0',
    modules: '137',
    napi: '10',
    nghttp2: '1.64.0',
    openssl: '3.0.15+quic',
    quickjs: '0.10.1',
    unicode: '16.0',
    uv: '1.51.0',
    uvwasi: '0.0.21',
    v8: '13.6.233.10-node.27',
    zlib: '1.3.0.1-motley',
  });
  define('arch', 'x64');
  define('platform', 'linux');
  define('release', {
    name: 'node',
    lts: 'Krypton',
    sourceUrl: `https://nodejs.org/download/release/${NODE_VERSION}/node-${NODE_VERSION}.tar.gz`,
    headersUrl: `https://nodejs.org/download/release/${NODE_VERSION}/node-${NODE_VERSION}-headers.tar.gz`,
  });
  define('_rawDebug', (...args) => {
    const { format } = require('internal/util/inspect');
    internalBinding('stdio').writeSync(2, `${format(...args)}\n`);
  });
  define('moduleLoadList', require('internal/bootstrap/realm').moduleLoadList);
  // process.binding(): the legacy allowlist Node still answers (DEP0111). rode's
  // natives differ from Node's, so most entries are empty objects; 'util' carries the
  // type checks Node exposes there, 'natives' the builtin ids.

  const legacyCache = { __proto__: null };
  define('binding', function binding(name) {
    name = `${name}`;
    const legacyBindings = ['async_wrap', 'buffer', 'cares_wrap', 'config', 'constants',
      'contextify', 'crypto', 'fs', 'fs_event_wrap', 'http_parser', 'icu', 'inspector',
      'js_stream', 'natives', 'os', 'pipe_wrap', 'process_wrap', 'signal_wrap', 'spawn_sync',
      'stream_wrap', 'tcp_wrap', 'tls_wrap', 'tty_wrap', 'udp_wrap', 'url', 'util', 'uv', 'v8',
      'zlib'];
    if (!legacyBindings.includes(name)) throw new Error(`No such module: ${name}`);
    if (legacyCache[name] !== undefined) return legacyCache[name];
    let b = {};
    if (name === 'util') {
      const types = require('internal/util/types');
      for (const k of ['isAnyArrayBuffer', 'isArrayBuffer', 'isArrayBufferView', 'isAsyncFunction',
        'isDataView', 'isDate', 'isExternal', 'isMap', 'isMapIterator', 'isNativeError',
        'isPromise', 'isRegExp', 'isSet', 'isSetIterator', 'isTypedArray', 'isUint8Array']) {
        b[k] = types[k];
      }
    } else if (name === 'natives') {
      for (const id of require('internal/bootstrap/realm').BuiltinModule.getAllBuiltinModuleIds()) {
        b[id] = '';
      }
    } else if (name === 'constants') {
      b = { os: require('os').constants, fs: require('fs').constants };
    }
    legacyCache[name] = b;
    return b;
  });
  define('domain', null);
  define('_exiting', false);
  Object.defineProperty(p, 'exitCode', {
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        const { validateInteger } = require('internal/validators');
        validateInteger(value, 'code');
      }
      exitCode = code;
    },
    enumerable: true,
    configurable: false,
  });
  define('config', { target_defaults: {}, variables: { node_module_version: 137, node_shared: false } });
  define('uptime', function uptime() { return pm.hrtimeNs() / 1e9; });
  define('reallyExit', (code) => pm.reallyExit(code | 0));
  define('_kill', (pid, sig) => pm.kill(pid, sig));
  // Node's checks for a previous reading: numbers, then finite and not negative.
  function validatePrev(prev) {
    const { validateObject, validateNumber } = require('internal/validators');
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    validateObject(prev, 'prevValue');
    for (const key of ['user', 'system']) {
      const v = prev[key];
      validateNumber(v, `prevValue.${key}`);
      if (v < 0 || !Number.isFinite(v)) {
        throw new ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${key}`, v);
      }
    }
  }
  function usage(values, prev) {
    const [user, system] = values;
    if (prev) {
      validatePrev(prev);
      return { user: user - prev.user, system: system - prev.system };
    }
    return { user, system };
  }
  define('cpuUsage', function cpuUsage(prev) { return usage(pm.cpuUsage(), prev); });
  define('threadCpuUsage', function threadCpuUsage(prev) {
    return usage(pm.threadCpuUsage(), prev);
  });
  define('resourceUsage', function resourceUsage() {
    const v = pm.resourceUsage();
    return {
      userCPUTime: v[0], systemCPUTime: v[1], maxRSS: v[2], sharedMemorySize: v[3],
      unsharedDataSize: v[4], unsharedStackSize: v[5], minorPageFault: v[6],
      majorPageFault: v[7], swappedOut: v[8], fsRead: v[9], fsWrite: v[10],
      ipcSent: v[11], ipcReceived: v[12], signalsCount: v[13],
      voluntaryContextSwitches: v[14], involuntaryContextSwitches: v[15],
    };
  });
  function memoryUsage() {
    const [rss, heapTotal, heapUsed, external, arrayBuffers] = pm.memoryUsage();
    return { rss, heapTotal, heapUsed, external, arrayBuffers };
  }
  memoryUsage.rss = () => pm.rss();
  define('memoryUsage', memoryUsage);
  define('constrainedMemory', () => 0);
  define('availableMemory', () => internalBinding('os').getFreeMem());
  define('kill', function kill(pid, sig = 'SIGTERM') {
    const { signals } = require('internal/process/signals');
    const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_SIGNAL } } = require('internal/errors');
    if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
    let num;
    if (typeof sig === 'number') {
      num = sig;
    } else if (typeof sig === 'string' && signals[sig] !== undefined) {
      num = signals[sig];
    } else {
      throw new ERR_UNKNOWN_SIGNAL(sig);
    }
    // Through process._kill, as in Node (tests replace it to avoid real signals).
    const err = p._kill(pid, num);
    if (err) {
      const { errnoException } = require('internal/errors');
      throw errnoException(err, 'kill');
    }
    return true;
  });
  define('exit', function exit(code) {
    if (code !== undefined) p.exitCode = code;
    if (!p._exiting) {
      p._exiting = true;
      p.emit('exit', p.exitCode || 0);
    }
    // Through process.reallyExit, which programs (and tests) may replace.
    p.reallyExit(p.exitCode || 0);
  });
  define('abort', () => pm.reallyExit(134));
  define('getActiveResourcesInfo', function getActiveResourcesInfo() {
    return require('internal/timers').activeResourcesInfo();
  });
  define('_getActiveHandles', function _getActiveHandles() { return []; });
  define('_getActiveRequests', function _getActiveRequests() { return []; });
  // ref/unref: the object's Symbol-keyed methods (or legacy ref()/unref()) if any.
  const refOf = (obj, name) => obj[Symbol.for(`nodejs.${name}`)] ||
    obj[Symbol.for(`node:${name}`)] || obj[name];
  define('ref', function ref(maybeRefable) {
    if (maybeRefable == null) return;
    const fn = refOf(maybeRefable, 'ref');
    if (typeof fn === 'function') Reflect.apply(fn, maybeRefable, []);
  });
  define('unref', function unref(maybeRefable) {
    if (maybeRefable == null) return;
    const fn = refOf(maybeRefable, 'unref');
    if (typeof fn === 'function') Reflect.apply(fn, maybeRefable, []);
  });
  define('hrtime', hrtime);
  const creds = () => internalBinding('credentials');
  define('getuid', function getuid() { return creds().ids()[0]; });
  define('geteuid', function geteuid() { return creds().ids()[1]; });
  define('getgid', function getgid() { return creds().ids()[2]; });
  define('getegid', function getegid() { return creds().ids()[3]; });
  define('getgroups', function getgroups() {
    const groups = creds().getgroups();
    const egid = creds().ids()[3];
    if (!groups.includes(egid)) groups.push(egid);
    return groups;
  });
  function validateId(id, name) {
    const { validateUint32 } = require('internal/validators');
    if (typeof id === 'number') validateUint32(id, name);
    else if (typeof id !== 'string') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
    }
  }
  // Node reports these failures in the C library's style: "EPERM, Operation not permitted".
  function credentialError(r, syscall, kind, id) {
    const { codes: { ERR_UNKNOWN_CREDENTIAL }, uvErrmapGet } = require('internal/errors');
    if (r === 1) return new ERR_UNKNOWN_CREDENTIAL(kind, id);
    const [code, msg] = uvErrmapGet(r) || ['UNKNOWN', 'unknown error'];
    const err = new Error(`${code}, ${msg[0].toUpperCase()}${msg.slice(1)}`);
    err.errno = r;
    err.code = code;
    err.syscall = syscall;
    return err;
  }
  [['setuid', 0, 'User'], ['setgid', 1, 'Group'], ['seteuid', 2, 'User'], ['setegid', 3, 'Group']]
    .forEach(([name, which, kind]) => {
      define(name, { [name](id) {
        validateId(id, 'id');
        const r = creds().set(which, id);
        if (r !== 0) throw credentialError(r, name, kind, id);
      } }[name]);
    });
  define('setgroups', function setgroups(groups) {
    const { validateArray } = require('internal/validators');
    validateArray(groups, 'groups');
    for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
    const r = creds().setgroups(groups);
    if (r > 0) throw credentialError(1, 'setgroups', 'Group', groups[r - 1]);
    if (r < 0) throw credentialError(r, 'setgroups');
  });
  define('initgroups', function initgroups(user, extraGroup) {
    validateId(user, 'user');
    validateId(extraGroup, 'extraGroup');
    const r = creds().initgroups(user, extraGroup);
    if (r === 1) throw credentialError(1, 'initgroups', 'User', user);
    if (r === 2) throw credentialError(1, 'initgroups', 'Group', extraGroup);
    if (r < 0) throw credentialError(r, 'initgroups');
  });
  define('features', {
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true, tls_sni: true,
    tls_ocsp: true, tls: true, openssl_is_boringssl: false, cached_builtins: true,
    require_module: !internalBinding('options').flags.includes('--no-experimental-require-module'),
    quic: false, typescript: false,
  });
  define('emitWarning', function emitWarning(...args) {
    return require('internal/process/warning').emitWarning(...args);
  });
  define('nextTick', require('internal/process/task_queues').nextTick);
  define('_tickCallback', function _tickCallback() {
    require('internal/process/task_queues').runNextTicks();
  });
  define('sourceMapsEnabled', false);
  define('setSourceMapsEnabled', function setSourceMapsEnabled(val) {
    require('internal/validators').validateBoolean(val, 'val');
    p.sourceMapsEnabled = val;
  });
  define('getBuiltinModule', function getBuiltinModule(id) {
    const { validateString } = require('internal/validators');
    validateString(id, 'id');
    const { BuiltinModule } = require('internal/bootstrap/realm');
    const normalized = BuiltinModule.normalizeRequirableId(id);
    return normalized === undefined ? undefined : BuiltinModule.loadBuiltin(normalized);
  });
  let captureFn = null;
  define('setUncaughtExceptionCaptureCallback', function(fn) {
    if (fn !== null) {
      if (typeof fn !== 'function') {
        const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
        throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
      }
      if (captureFn !== null) {
        const { codes: { ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET } } = require('internal/errors');
        throw new ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
      }
    }
    captureFn = fn;
  });
  define('hasUncaughtExceptionCaptureCallback', () => captureFn !== null);
  define('_getCaptureFn', () => captureFn);
  define('umask', function umask(mask) {
    if (mask === undefined) return pm.umask();
    const { parseFileMode } = require('internal/validators');
    return pm.umask(parseFileMode(mask, 'mask'));
  });
  define('chdir', function chdir(directory) {
    const { validateString } = require('internal/validators');
    validateString(directory, 'directory');
    pm.chdir(directory);
  });
  define('cwd', function cwd() { return pm.cwd(); });
  define('env', makeEnv());
  const titleFlag = options.flags.find((f) => f.startsWith('--title='));
  let title = titleFlag !== undefined ? titleFlag.slice('--title='.length) : (options.argv0 || 'rode');
  Object.defineProperty(p, 'title', {
    get() { return title; },
    set(v) { title = `${v}`; },
    enumerable: true,
    configurable: true,
  });
  define('argv', argv);
  define('execArgv', options.execArgv);
  define('pid', pm.pid());
  define('ppid', pm.ppid());
  define('execPath', execPath);
  define('debugPort', 9229);
  define('argv0', options.argv0 || 'rode');
  // Made on first read, as in Node (an accessor until then).
  Object.defineProperty(p, 'allowedNodeEnvironmentFlags', {
    get() {
      const flags = require('internal/process/allowed_flags').createAllowedFlags();
      Object.defineProperty(p, 'allowedNodeEnvironmentFlags', {
        value: flags, writable: true, enumerable: true, configurable: true,
      });
      return flags;
    },
    set(value) {
      Object.defineProperty(p, 'allowedNodeEnvironmentFlags', {
        value, writable: true, enumerable: true, configurable: true,
      });
    },
    enumerable: true,
    configurable: true,
  });
  if (options.flags.includes('--no-deprecation')) define('noDeprecation', true);
  if (options.flags.includes('--throw-deprecation')) define('throwDeprecation', true);
  if (options.flags.includes('--trace-deprecation')) define('traceDeprecation', true);
  if (options.flags.includes('--trace-warnings')) define('traceProcessWarnings', true);

  const stdio = require('internal/process/stdio');
  for (const name of ['stdout', 'stderr', 'stdin']) {
    Object.defineProperty(p, name, {
      get() {
        const s = stdio.getStream(name);
        Object.defineProperty(p, name, { value: s, writable: true, enumerable: true, configurable: true });
        return s;
      },
      enumerable: true,
      configurable: true,
    });
  }
  return p;
}

module.exports = { createProcess };
