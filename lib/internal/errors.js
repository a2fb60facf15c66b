'use strict';

// Node's error machinery: the ERR_* classes (codes), system-error builders
// (UVException, ErrnoException, ...), the libuv errno table and the small
// helpers other modules share (hideStackFrames, determineSpecificType, ...).
// Messages are byte-for-byte those of Node 24.

// Shared with rode's stack formatter, which gives these errors Node's header.
const { kIsNodeError } = require('internal/bootstrap/stack_trace');
const kNoOverride = Symbol('kNoOverride');

const messages = new Map();
const codes = {};

// internal/util/inspect requires this file, so it is loaded on first use.
let inspectModule;
function lazyInspectModule() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}
function inspect(value, opts) {
  return lazyInspectModule().inspect(value, opts);
}

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return desc.writable === true || desc.set !== undefined;
}

// Stacks are rode's (internal/bootstrap/stack_trace): frames are captured
// here, the "Name: message" text is built on first read of `stack`, and
// errors marked with kIsNodeError get Node's "Name [CODE]: message" header.
// Taken once so that user code replacing Error.captureStackTrace can't
// change how lib/ errors look.
const ErrorCaptureStackTrace = Error.captureStackTrace;

// Error.stackTraceLimit = 0 around a base-class constructor call: its frames
// would be replaced right away by ErrorCaptureStackTrace, so don't pay for them.
function suspendStackTraces() {
  if (!isErrorStackTraceLimitWritable()) return undefined;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  return limit;
}
function resumeStackTraces(limit) {
  if (limit !== undefined) Error.stackTraceLimit = limit;
}

// `new Base(...args)` with its frames starting above `hideFn`.
function newErrorAbove(hideFn, Base, ...args) {
  const limit = suspendStackTraces();
  let err;
  try {
    err = new Base(...args);
  } finally {
    resumeStackTraces(limit);
  }
  ErrorCaptureStackTrace(err, hideFn);
  return err;
}

// The ERR_* table (internal/errors/messages) is loaded the first time a code is
// used: most programs never build one.
let tableLoaded = false;
function loadTable() {
  if (tableLoaded) return;
  tableLoaded = true;
  require('internal/errors/messages');
}

function getMessage(key, args, self) {
  loadTable();
  const msg = messages.get(key);
  if (typeof msg === 'function') {
    return Reflect.apply(msg, self, args);
  }
  if (args.length === 0) return msg;
  let simple = true;
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'string') { simple = false; break; }
  }
  if (simple && !/%[dijfoOc]/.test(msg)) {
    let i = 0;
    return msg.replace(/%[s%]/g, (m) => {
      if (m === '%%') return '%';
      return i < args.length ? args[i++] : m;
    });
  }
  return lazyInspectModule().format(msg, ...args);
}

function makeNodeErrorWithCode(Base, key) {
  class NodeError extends Base {
    constructor(...args) {
      const limit = suspendStackTraces();
      try {
        super();
      } finally {
        resumeStackTraces(limit);
      }
      ErrorCaptureStackTrace(this, new.target);
      // Own-key order as in Node: a message built by a function sees `code`
      // already set; a template message comes first.
      loadTable();
      const template = typeof messages.get(key) !== 'function';
      if (!template) this.code = key;
      Object.defineProperty(this, 'message', {
        __proto__: null,
        value: getMessage(key, args, this),
        writable: true,
        enumerable: false,
        configurable: true,
      });
      if (template) this.code = key;
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }

    // Node's errors report their base class as constructor, so inspect
    // prints "TypeError [CODE]" and not "NodeError".
    get ['constructor']() {
      return Base;
    }
  }
  Object.defineProperty(NodeError.prototype, kIsNodeError, {
    __proto__: null, value: true, writable: false, enumerable: false, configurable: true,
  });
  return NodeError;
}

class SystemError extends Error {
  constructor(key, context) {
    const limit = suspendStackTraces();
    try {
      super();
    } finally {
      resumeStackTraces(limit);
    }
    ErrorCaptureStackTrace(this, new.target);
    const prefix = getMessage(key, [], this);
    let message = `${prefix}: ${context.syscall} returned ` +
                  `${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;

    this.code = key;
    Object.defineProperty(this, 'name', {
      __proto__: null, value: 'SystemError', enumerable: false, writable: true, configurable: true,
    });
    Object.defineProperty(this, 'message', {
      __proto__: null, value: message, enumerable: false, writable: true, configurable: true,
    });
    Object.defineProperty(this, 'info', {
      __proto__: null, value: context, enumerable: true, configurable: true, writable: false,
    });
    const accessor = (prop) => ({
      __proto__: null,
      get() { return context[prop]; },
      set(value) { context[prop] = value; },
      enumerable: true,
      configurable: true,
    });
    Object.defineProperty(this, 'errno', accessor('errno'));
    Object.defineProperty(this, 'syscall', accessor('syscall'));
    if (context.path !== undefined) Object.defineProperty(this, 'path', accessor('path'));
    if (context.dest !== undefined) Object.defineProperty(this, 'dest', accessor('dest'));
    Object.defineProperty(this, kIsNodeError, {
      __proto__: null, value: true, enumerable: false, writable: false, configurable: true,
    });
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(ctx) {
      super(key, ctx);
    }
  };
}

// The base class of every ERR_* code, so that a code's class can be made before
// the message table (internal/errors/messages) loads: modules destructure
// `codes` when they load, but need messages only when they throw. The table's
// E() calls check that they agree with this list.
function codesByBase() {
  return [
    [Error,
      'ERR_ACCESS_DENIED ERR_ASSERTION ERR_ASYNC_LOADER_REQUEST_NEVER_SETTLED ' +
      'ERR_BUFFER_CONTEXT_NOT_AVAILABLE ERR_CANNOT_WATCH_SIGINT ERR_CHILD_CLOSED_BEFORE_REPLY ' +
      'ERR_CHILD_PROCESS_IPC_REQUIRED ERR_CONTEXT_NOT_INITIALIZED ' +
      'ERR_CRYPTO_ARGON2_NOT_SUPPORTED ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED ' +
      'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY ERR_CRYPTO_ENGINE_UNKNOWN ERR_CRYPTO_FIPS_FORCED ' +
      'ERR_CRYPTO_FIPS_UNAVAILABLE ERR_CRYPTO_HASH_FINALIZED ERR_CRYPTO_HASH_UPDATE_FAILED ' +
      'ERR_CRYPTO_INCOMPATIBLE_KEY ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS ERR_CRYPTO_INVALID_STATE ' +
      'ERR_CRYPTO_KEM_NOT_SUPPORTED ERR_CRYPTO_PBKDF2_ERROR ERR_CRYPTO_SCRYPT_NOT_SUPPORTED ' +
      'ERR_CRYPTO_SIGN_KEY_REQUIRED ERR_DEBUGGER_ERROR ERR_DEBUGGER_STARTUP_ERROR ' +
      'ERR_DIR_CLOSED ERR_DIR_CONCURRENT_OPERATION ERR_DLOPEN_FAILED ERR_DNS_SET_SERVERS_FAILED ' +
      'ERR_DOMAIN_CALLBACK_NOT_AVAILABLE ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE ' +
      'ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION ERR_EVAL_ESM_CANNOT_PRINT ' +
      'ERR_EVENT_RECURSION ERR_FALSY_VALUE_REJECTION ERR_FS_WATCH_QUEUE_OVERFLOW ' +
      'ERR_HTTP2_CONNECT_AUTHORITY ERR_HTTP2_CONNECT_PATH ERR_HTTP2_CONNECT_SCHEME ' +
      'ERR_HTTP2_GOAWAY_SESSION ERR_HTTP2_HEADERS_AFTER_RESPOND ERR_HTTP2_HEADERS_SENT ' +
      'ERR_HTTP2_INVALID_SESSION ERR_HTTP2_INVALID_STREAM ERR_HTTP2_MAX_PENDING_SETTINGS_ACK ' +
      'ERR_HTTP2_NESTED_PUSH ERR_HTTP2_NO_MEM ERR_HTTP2_NO_SOCKET_MANIPULATION ' +
      'ERR_HTTP2_OUT_OF_STREAMS ERR_HTTP2_PAYLOAD_FORBIDDEN ERR_HTTP2_PING_CANCEL ' +
      'ERR_HTTP2_PUSH_DISABLED ERR_HTTP2_SEND_FILE ERR_HTTP2_SEND_FILE_NOSEEK ' +
      'ERR_HTTP2_SESSION_ERROR ERR_HTTP2_SETTINGS_CANCEL ERR_HTTP2_SOCKET_BOUND ' +
      'ERR_HTTP2_SOCKET_UNBOUND ERR_HTTP2_STATUS_101 ERR_HTTP2_STREAM_CANCEL ' +
      'ERR_HTTP2_STREAM_ERROR ERR_HTTP2_STREAM_SELF_DEPENDENCY ' +
      'ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS ERR_HTTP2_TOO_MANY_INVALID_FRAMES ' +
      'ERR_HTTP2_TOO_MANY_ORIGINS ERR_HTTP2_TRAILERS_ALREADY_SENT ERR_HTTP2_TRAILERS_NOT_READY ' +
      'ERR_HTTP2_UNSUPPORTED_PROTOCOL ERR_HTTP_BODY_NOT_ALLOWED ' +
      'ERR_HTTP_CONTENT_LENGTH_MISMATCH ERR_HTTP_HEADERS_SENT ERR_HTTP_REQUEST_TIMEOUT ' +
      'ERR_HTTP_SOCKET_ASSIGNED ERR_HTTP_SOCKET_ENCODING ERR_HTTP_TRAILER_INVALID ' +
      'ERR_INPUT_TYPE_NOT_ALLOWED ERR_INSPECTOR_ALREADY_ACTIVATED ' +
      'ERR_INSPECTOR_ALREADY_CONNECTED ERR_INSPECTOR_CLOSED ERR_INSPECTOR_COMMAND ' +
      'ERR_INSPECTOR_NOT_ACTIVE ERR_INSPECTOR_NOT_AVAILABLE ERR_INSPECTOR_NOT_CONNECTED ' +
      'ERR_INSPECTOR_NOT_WORKER ERR_INTERNAL_ASSERTION ERR_INVALID_MODULE ' +
      'ERR_INVALID_PACKAGE_CONFIG ERR_INVALID_PACKAGE_TARGET ERR_INVALID_STATE ' +
      'ERR_IPC_CHANNEL_CLOSED ERR_IPC_DISCONNECTED ERR_IPC_ONE_PIPE ERR_IPC_SYNC_FORK ' +
      'ERR_IP_BLOCKED ERR_LOADER_CHAIN_INCOMPLETE ERR_MEMORY_ALLOCATION_FAILED ' +
      'ERR_METHOD_NOT_IMPLEMENTED ERR_MODULE_NOT_FOUND ERR_MULTIPLE_CALLBACK ' +
      'ERR_NOT_BUILDING_SNAPSHOT ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION ' +
      'ERR_NOT_SUPPORTED_IN_SNAPSHOT ERR_NO_CRYPTO ERR_NO_TYPESCRIPT ERR_OPERATION_FAILED ' +
      'ERR_PACKAGE_MAP_EXTERNAL_FILE ERR_PACKAGE_MAP_KEY_NOT_FOUND ' +
      'ERR_PACKAGE_PATH_NOT_EXPORTED ERR_PROXY_INVALID_CONFIG ERR_PROXY_TUNNEL ' +
      'ERR_QUIC_CONNECTION_FAILED ERR_QUIC_ENDPOINT_CLOSED ERR_QUIC_OPEN_STREAM_FAILED ' +
      'ERR_QUIC_STREAM_ABORTED ERR_QUIC_STREAM_RESET ERR_QUIC_VERSION_NEGOTIATION_ERROR ' +
      'ERR_REQUIRE_ASYNC_MODULE ERR_REQUIRE_CYCLE_MODULE ERR_REQUIRE_ESM ' +
      'ERR_REQUIRE_ESM_RACE_CONDITION ERR_SCRIPT_EXECUTION_INTERRUPTED ' +
      'ERR_SCRIPT_EXECUTION_TIMEOUT ERR_SERVER_ALREADY_LISTEN ERR_SERVER_NOT_RUNNING ' +
      'ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND ERR_SOCKET_ALREADY_BOUND ' +
      'ERR_SOCKET_CLOSED ERR_SOCKET_CLOSED_BEFORE_CONNECTION ERR_SOCKET_CONNECTION_TIMEOUT ' +
      'ERR_SOCKET_DGRAM_IS_CONNECTED ERR_SOCKET_DGRAM_NOT_CONNECTED ' +
      'ERR_SOCKET_DGRAM_NOT_RUNNING ERR_SOCKET_HANDLE_ADOPTED ERR_SOURCE_MAP_CORRUPT ' +
      'ERR_SOURCE_MAP_MISSING_SOURCE ERR_STREAM_ALREADY_FINISHED ERR_STREAM_CANNOT_PIPE ' +
      'ERR_STREAM_DESTROYED ERR_STREAM_PREMATURE_CLOSE ERR_STREAM_PUSH_AFTER_EOF ' +
      'ERR_STREAM_UNABLE_TO_PIPE ERR_STREAM_UNSHIFT_AFTER_END_EVENT ERR_STREAM_WRAP ' +
      'ERR_STREAM_WRITE_AFTER_END ERR_STRING_TOO_LONG ERR_SYNTHETIC ERR_TEST_FAILURE ' +
      'ERR_TLS_CERT_ALTNAME_INVALID ERR_TLS_DH_PARAM_SIZE ERR_TLS_HANDSHAKE_TIMEOUT ' +
      'ERR_TLS_INVALID_STATE ERR_TLS_RENEGOTIATION_DISABLED ERR_TLS_RENEGOTIATION_UNSUPPORTED ' +
      'ERR_TLS_REQUIRED_SERVER_NAME ERR_TLS_SESSION_ATTACK ERR_TLS_SNI_FROM_SERVER ' +
      'ERR_TRACE_EVENTS_UNAVAILABLE ERR_UNAVAILABLE_DURING_EXIT ' +
      'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET ERR_UNHANDLED_ERROR ' +
      'ERR_UNKNOWN_BUILTIN_MODULE ERR_UNKNOWN_CREDENTIAL ERR_UNSUPPORTED_DIR_IMPORT ' +
      'ERR_UNSUPPORTED_ESM_URL_SCHEME ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING ' +
      'ERR_USE_AFTER_CLOSE ERR_VALID_PERFORMANCE_ENTRY_TYPE ERR_VM_MODULE_ALREADY_LINKED ' +
      'ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA ERR_VM_MODULE_DIFFERENT_CONTEXT ' +
      'ERR_VM_MODULE_LINK_FAILURE ERR_VM_MODULE_NOT_MODULE ERR_VM_MODULE_STATUS ' +
      'ERR_WASI_ALREADY_STARTED ERR_WEBASSEMBLY_NOT_SUPPORTED ' +
      'ERR_WORKER_HANDLE_NOT_TRANSFERABLE ERR_WORKER_INIT_FAILED ERR_WORKER_INVALID_EXEC_ARGV ' +
      'ERR_WORKER_MESSAGING_ERRORED ERR_WORKER_MESSAGING_FAILED ' +
      'ERR_WORKER_MESSAGING_SAME_THREAD ERR_WORKER_MESSAGING_TIMEOUT ERR_WORKER_NOT_RUNNING ' +
      'ERR_WORKER_OUT_OF_MEMORY ERR_WORKER_UNSERIALIZABLE_ERROR'],
    [TypeError,
      'ERR_AMBIGUOUS_ARGUMENT ERR_ARG_NOT_ITERABLE ERR_ASYNC_CALLBACK ERR_ASYNC_TYPE ' +
      'ERR_CONSOLE_WRITABLE_STREAM ERR_CONSTRUCT_CALL_REQUIRED ERR_CRYPTO_ECDH_INVALID_FORMAT ' +
      'ERR_CRYPTO_INVALID_DIGEST ERR_CRYPTO_INVALID_JWK ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE ' +
      'ERR_ENCODING_INVALID_ENCODED_DATA ERR_FEATURE_UNAVAILABLE_ON_PLATFORM ' +
      'ERR_HTTP2_ALTSVC_INVALID_ORIGIN ERR_HTTP2_ALTSVC_LENGTH ERR_HTTP2_HEADER_SINGLE_VALUE ' +
      'ERR_HTTP2_INVALID_CONNECTION_HEADERS ERR_HTTP2_INVALID_HEADER_VALUE ' +
      'ERR_HTTP2_INVALID_ORIGIN ERR_HTTP2_INVALID_PSEUDOHEADER ERR_HTTP2_INVALID_SETTING_VALUE ' +
      'ERR_HTTP2_ORIGIN_LENGTH ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED ERR_HTTP_INVALID_HEADER_VALUE ' +
      'ERR_ILLEGAL_CONSTRUCTOR ERR_IMPORT_ATTRIBUTE_MISSING ' +
      'ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE ERR_IMPORT_ATTRIBUTE_UNSUPPORTED ' +
      'ERR_INCOMPATIBLE_OPTION_PAIR ERR_INVALID_ARG_TYPE ERR_INVALID_ARG_VALUE ERR_INVALID_CHAR ' +
      'ERR_INVALID_CURSOR_POS ERR_INVALID_FD_TYPE ERR_INVALID_FILE_URL_HOST ' +
      'ERR_INVALID_FILE_URL_PATH ERR_INVALID_HANDLE_TYPE ERR_INVALID_HTTP_TOKEN ' +
      'ERR_INVALID_IP_ADDRESS ERR_INVALID_MIME_SYNTAX ERR_INVALID_MODULE_SPECIFIER ' +
      'ERR_INVALID_OBJECT_DEFINE_PROPERTY ERR_INVALID_PROTOCOL ERR_INVALID_REPL_EVAL_CONFIG ' +
      'ERR_INVALID_REPL_INPUT ERR_INVALID_RETURN_PROPERTY ERR_INVALID_RETURN_PROPERTY_VALUE ' +
      'ERR_INVALID_RETURN_VALUE ERR_INVALID_SYNC_FORK_INPUT ERR_INVALID_THIS ' +
      'ERR_INVALID_TRANSFER_OBJECT ERR_INVALID_TUPLE ERR_INVALID_URL ERR_INVALID_URL_SCHEME ' +
      'ERR_MISSING_ARGS ERR_MISSING_OPTION ERR_MODULE_LINK_MISMATCH ERR_NAPI_CONS_FUNCTION ' +
      'ERR_NO_ICU ERR_PACKAGE_IMPORT_NOT_DEFINED ERR_PARSE_ARGS_INVALID_OPTION_VALUE ' +
      'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL ERR_PARSE_ARGS_UNKNOWN_OPTION ' +
      'ERR_PERFORMANCE_INVALID_TIMESTAMP ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS ' +
      'ERR_SOCKET_BAD_BUFFER_SIZE ERR_SOCKET_BAD_TYPE ERR_STREAM_ITER_MISSING_FLAG ' +
      'ERR_STREAM_NULL_VALUES ERR_TLS_ALPN_CALLBACK_INVALID_RESULT ' +
      'ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS ERR_TLS_INVALID_CONTEXT ' +
      'ERR_TLS_INVALID_PROTOCOL_VERSION ERR_TLS_PROTOCOL_VERSION_CONFLICT ' +
      'ERR_TRACE_EVENTS_CATEGORY_REQUIRED ERR_TRAILING_JUNK_AFTER_STREAM_END ' +
      'ERR_UNESCAPED_CHARACTERS ERR_UNKNOWN_ENCODING ERR_UNKNOWN_FILE_EXTENSION ' +
      'ERR_UNKNOWN_SIGNAL ERR_UNSUPPORTED_RESOLVE_REQUEST ' +
      'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG ' +
      'ERR_WEBASSEMBLY_RESPONSE ERR_WORKER_PATH ERR_WORKER_UNSUPPORTED_OPERATION'],
    [RangeError,
      'ERR_BROTLI_INVALID_PARAM ERR_BUFFER_OUT_OF_BOUNDS ERR_BUFFER_TOO_LARGE ' +
      'ERR_CHILD_PROCESS_STDIO_MAXBUFFER ERR_CRYPTO_INVALID_KEYLEN ERR_ENCODING_NOT_SUPPORTED ' +
      'ERR_FS_FILE_TOO_LARGE ERR_HTTP2_INFO_STATUS_NOT_ALLOWED ERR_HTTP2_INVALID_INFO_STATUS ' +
      'ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH ERR_HTTP2_PING_LENGTH ERR_HTTP2_STATUS_INVALID ' +
      'ERR_HTTP_INVALID_STATUS_CODE ERR_INVALID_ADDRESS_FAMILY ERR_INVALID_ASYNC_ID ' +
      'ERR_INVALID_BUFFER_SIZE ERR_INVALID_FD ERR_NAPI_INVALID_DATAVIEW_ARGS ' +
      'ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT ERR_NAPI_INVALID_TYPEDARRAY_LENGTH ' +
      'ERR_OUT_OF_RANGE ERR_SOCKET_BAD_PORT ERR_UNKNOWN_MODULE_FORMAT ERR_ZSTD_INVALID_PARAM'],
    [SyntaxError,
      'ERR_INVALID_TYPESCRIPT_SYNTAX ERR_PACKAGE_MAP_INVALID ERR_SRI_PARSE ' +
      'ERR_TLS_CERT_ALTNAME_FORMAT ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX'],
    [URIError,
      'ERR_INVALID_URI'],
    [SystemError,
      'ERR_FS_CP_DIR_TO_NON_DIR ERR_FS_CP_EEXIST ERR_FS_CP_EINVAL ERR_FS_CP_FIFO_PIPE ' +
      'ERR_FS_CP_NON_DIR_TO_DIR ERR_FS_CP_SOCKET ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY ' +
      'ERR_FS_CP_UNKNOWN ERR_FS_EISDIR ERR_SOCKET_BUFFER_SIZE ERR_SYSTEM_ERROR ' +
      'ERR_TTY_INIT_FAILED'],
    ];
}
// Codes whose class also carries variants with another base (ERR_X.RangeError).
const kOtherBases = {
  __proto__: null,
  ERR_HTTP2_INVALID_SETTING_VALUE: RangeError,
  ERR_INVALID_ARG_VALUE: RangeError,
  ERR_INVALID_RETURN_VALUE: RangeError,
};

// code -> base class, from the list above (filled on first use) and E().
let definitions;
function getDefinitions() {
  if (definitions === undefined) {
    definitions = new Map();
    const table = codesByBase();
    for (let i = 0; i < table.length; i++) {
      const [Base, names] = table[i];
      for (const name of names.split(' ')) definitions.set(name, Base);
    }
  }
  return definitions;
}

// Each code's class is made on first access of codes.X (building three hundred
// classes at start-up would cost more than the rest of the bootstrap together).
function buildCode(sym) {
  const def = getDefinitions().get(sym);
  if (def === undefined) return undefined;
  const ErrClass = def === SystemError ?
    makeSystemErrorWithCode(sym) :
    makeNodeErrorWithCode(def, sym);
  const other = kOtherBases[sym];
  if (other !== undefined) ErrClass[other.name] = makeNodeErrorWithCode(other, sym);
  builtCodes[sym] = ErrClass;
  return ErrClass;
}

const builtCodes = codes;
const lazyCodes = new Proxy(builtCodes, {
  get(target, key) {
    const v = target[key];
    if (v !== undefined || typeof key !== 'string') return v;
    return buildCode(key);
  },
  has(target, key) {
    return key in target || getDefinitions().has(key);
  },
  ownKeys(target) {
    for (const key of getDefinitions().keys()) {
      if (!(key in target)) buildCode(key);
    }
    return Reflect.ownKeys(target);
  },
  getOwnPropertyDescriptor(target, key) {
    if (typeof key === 'string' && !(key in target)) buildCode(key);
    return Reflect.getOwnPropertyDescriptor(target, key);
  },
});

// E(code, message, Base, other): records a code's message (a util.format
// template, or a function called with the error as `this`). The message table
// calls it for every code when it loads.
function E(sym, val, def, other) {
  messages.set(sym, val);
  const known = getDefinitions().get(sym);
  if (known === undefined) {
    getDefinitions().set(sym, def);
  } else if (known !== def || kOtherBases[sym] !== other) {
    throw new Error(`internal/errors: the base classes of ${sym} disagree`);
  }
}

function hideStackFrames(fn) {
  function wrappedFn(...args) {
    try {
      return Reflect.apply(fn, this, args);
    } catch (error) {
      if (error !== null && typeof error === 'object' && Error.stackTraceLimit) {
        ErrorCaptureStackTrace(error, wrappedFn);
      }
      throw error;
    }
  }
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

// "Received ..." part of many messages.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  switch (type) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      return `type number (${value})`;
    case 'boolean':
      return value ? 'type boolean (true)' : 'type boolean (false)';
    case 'symbol':
      return `type symbol (${String(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return `${inspect(value, { depth: -1 })}`;
    case 'string':
      if (value.length > 28) value = `${value.slice(0, 25)}...`;
      if (value.indexOf("'") === -1) return `type string ('${value}')`;
      return `type string (${JSON.stringify(value)})`;
    default:
      return `type ${type} (${inspect(value, { colors: false })})`;
  }
}

function formatList(array, type = 'and') {
  switch (array.length) {
    case 0: return '';
    case 1: return `${array[0]}`;
    case 2: return `${array[0]} ${type} ${array[1]}`;
    default:
      return `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
  }
}


let uvBinding;
function lazyUv() {
  if (uvBinding === undefined) {
    const uvErrors = require('internal/errors/uv_table');
    uvBinding = new Map();
    for (let i = 0; i < uvErrors.length; i++) {
      const e = uvErrors[i];
      uvBinding.set(e[0], [e[1], e[2]]);
    }
  }
  return uvBinding;
}
function uvErrmapGet(name) {
  return lazyUv().get(name);
}
function getUvErrorMap() {
  const m = lazyUv();
  const out = new Map();
  for (const [k, v] of m) out.set(k, [v[0], v[1]]);
  return out;
}

const uvUnmappedError = ['UNKNOWN', 'unknown error'];

function getSystemErrorName(err) {
  const entry = uvErrmapGet(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

// Messages look like "ENOENT: no such file or directory, open '/x'".
class UVException extends Error {
  constructor(ctx) {
    const { 0: code, 1: uvmsg } = uvErrmapGet(ctx.errno) || uvUnmappedError;
    let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;
    let path;
    let dest;
    if (ctx.path) {
      path = ctx.path.toString();
      message += ` '${path}'`;
    }
    if (ctx.dest) {
      dest = ctx.dest.toString();
      message += ` -> '${dest}'`;
    }
    const limit = suspendStackTraces();
    try {
      super();
    } finally {
      resumeStackTraces(limit);
    }
    ErrorCaptureStackTrace(this, new.target);
    Object.defineProperty(this, 'message', {
      __proto__: null, value: message, writable: true, enumerable: false, configurable: true,
    });
    for (const prop of Object.keys(ctx)) {
      if (prop === 'message' || prop === 'path' || prop === 'dest') continue;
      this[prop] = ctx[prop];
    }
    this.code = code;
    if (path) this.path = path;
    if (dest) this.dest = dest;
  }

  get ['constructor']() {
    return Error;
  }
}

class UVExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port) {
    const { 0: code, 1: uvmsg } = uvErrmapGet(err) || uvUnmappedError;
    const message = `${syscall} ${code}: ${uvmsg}`;
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    const limit = suspendStackTraces();
    try {
      super();
    } finally {
      resumeStackTraces(limit);
    }
    ErrorCaptureStackTrace(this, new.target);
    Object.defineProperty(this, 'message', {
      __proto__: null, value: `${message}${details}`, writable: true, enumerable: false, configurable: true,
    });
    this.code = code;
    this.errno = err;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }

  get ['constructor']() {
    return Error;
  }
}

class ErrnoException extends Error {
  constructor(err, syscall, original) {
    const code = getSystemErrorName(err);
    const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
    const limit = suspendStackTraces();
    try {
      super();
    } finally {
      resumeStackTraces(limit);
    }
    ErrorCaptureStackTrace(this, new.target);
    Object.defineProperty(this, 'message', {
      __proto__: null, value: message, writable: true, enumerable: false, configurable: true,
    });
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
  }

  get ['constructor']() {
    return Error;
  }
}

class ExceptionWithHostPort extends Error {
  constructor(err, syscall, address, port, additional) {
    const code = getSystemErrorName(err);
    let details = '';
    if (port && port > 0) details = ` ${address}:${port}`;
    else if (address) details = ` ${address}`;
    if (additional) details += ` - Local (${additional})`;
    const limit = suspendStackTraces();
    try {
      super();
    } finally {
      resumeStackTraces(limit);
    }
    ErrorCaptureStackTrace(this, new.target);
    Object.defineProperty(this, 'message', {
      __proto__: null, value: `${syscall} ${code}${details}`, writable: true, enumerable: false, configurable: true,
    });
    this.errno = err;
    this.code = code;
    this.syscall = syscall;
    this.address = address;
    if (port) this.port = port;
  }

  get ['constructor']() {
    return Error;
  }
}

class DNSException extends Error {
  constructor(code, syscall, hostname) {
    let errno;
    if (typeof code === 'number') {
      errno = code;
      // getaddrinfo's "no such name" answers are reported as ENOTFOUND.
      if (code === -3007 || code === -3008) code = 'ENOTFOUND';
      else code = getSystemErrorName(code);
    }
    const message = `${syscall} ${code}${hostname ? ` ${hostname}` : ''}`;
    const limit = suspendStackTraces();
    try {
      super();
    } finally {
      resumeStackTraces(limit);
    }
    ErrorCaptureStackTrace(this, new.target);
    Object.defineProperty(this, 'message', {
      __proto__: null, value: message, writable: true, enumerable: false, configurable: true,
    });
    this.errno = errno;
    this.code = code;
    this.syscall = syscall;
    if (hostname) this.hostname = hostname;
  }

  get ['constructor']() {
    return Error;
  }
}

class ConnResetException extends Error {
  constructor(msg) {
    super(msg);
    this.code = 'ECONNRESET';
    ErrorCaptureStackTrace(this, new.target);
  }

  get ['constructor']() {
    return Error;
  }
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw new lazyCodes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    // Built field by field so that `stack` comes first among the own
    // properties, as with V8.
    const limit = suspendStackTraces();
    try {
      super();
    } finally {
      resumeStackTraces(limit);
    }
    ErrorCaptureStackTrace(this, new.target);
    Object.defineProperty(this, 'message', {
      __proto__: null, value: `${message}`, writable: true, enumerable: false, configurable: true,
    });
    if (options !== undefined && options !== null && 'cause' in options) {
      Object.defineProperty(this, 'cause', {
        __proto__: null, value: options.cause, writable: true, enumerable: false, configurable: true,
      });
    }
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

class NodeAggregateError extends AggregateError {
  constructor(errors, message) {
    super(errors, message);
    this.code = errors[0]?.code;
    ErrorCaptureStackTrace(this, new.target);
  }

  get ['constructor']() {
    return AggregateError;
  }
}

// Call-style spellings used by older lib code.
function uvException(ctx) {
  return new UVException(ctx);
}
// Node makes these errors in C++: no frame for the factory.
require('internal/bootstrap/stack_trace').setNodeFrame(uvException, { drop: true });
function uvExceptionWithHostPort(err, syscall, address, port) {
  return new UVExceptionWithHostPort(err, syscall, address, port);
}
function errnoException(err, syscall, original) {
  return new ErrnoException(err, syscall, original);
}
function exceptionWithHostPort(err, syscall, address, port, additional) {
  return new ExceptionWithHostPort(err, syscall, address, port, additional);
}

function genericNodeError(message, errorProperties) {
  // Node keeps this function's own frame on top of the stack.
  const err = new Error(message);
  Object.assign(err, errorProperties);
  return err;
}

function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = newErrorAbove(aggregateTwoErrors, AggregateError, [outerError, innerError],
                              outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

function isStackOverflowError(err) {
  return err !== null && typeof err === 'object' &&
    (err.name === 'RangeError' || err.name === 'InternalError') &&
    /call stack size exceeded|stack overflow/i.test(err.message);
}

function inspectWithNoCustomRetry(obj, options) {
  try {
    return inspect(obj, options);
  } catch {
    return inspect(obj, { ...options, customInspect: false });
  }
}


// Errors Node raises from C++ look different: the stack header and
// toString() are the plain "TypeError: msg", with `code` as an own property
// (left out when undefined). Own keys come in V8's order: stack, message, code.
function createNativeError(Base, code, message) {
  const err = newErrorAbove(createNativeError, Base);
  Object.defineProperty(err, 'message', {
    __proto__: null, value: message, writable: true, enumerable: false, configurable: true,
  });
  if (code !== undefined) err.code = code;
  return err;
}

function setArrowMessage(err, arrowMessage) {
  err[Symbol.for('nodejs.arrowMessage')] = arrowMessage;
}

module.exports = {
  AbortError,
  aggregateTwoErrors,
  NodeAggregateError,
  codes: lazyCodes,
  ConnResetException,
  DNSException,
  determineSpecificType,
  E,
  ErrnoException,
  ExceptionWithHostPort,
  formatList,
  genericNodeError,
  getMessage,
  inspect,
  getSystemErrorName,
  getUvErrorMap,
  hideStackFrames,
  inspectWithNoCustomRetry,
  isErrorStackTraceLimitWritable,
  isStackOverflowError,
  kIsNodeError,
  kNoOverride,
  setArrowMessage,
  SystemError,
  uvErrmapGet,
  UVException,
  UVExceptionWithHostPort,
  uvException,
  uvExceptionWithHostPort,
  errnoException,
  exceptionWithHostPort,
  createNativeError,
  newErrorAbove,
};
