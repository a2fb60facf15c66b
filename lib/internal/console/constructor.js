// The Console class (console.Console): formatting, group indentation,
// counters, timers and console.table rendering, writing to any pair of
// writable streams.

// util.inspect is loaded when something other than plain strings is printed: a
// program that only logs strings never pays for it.
const inspectModule = require.lazy('internal/util/inspect');
function inspect(...args) { return inspectModule().inspect(...args); }
function formatWithOptions(...args) { return inspectModule().formatWithOptions(...args); }
function getStringWidth(...args) { return inspectModule().getStringWidth(...args); }
function isMap(v) { return require('internal/util/types').isMap(v); }
function isSet(v) { return require('internal/util/types').isSet(v); }
function isMapIterator(v) { return require('internal/util/types').isMapIterator(v); }
function isSetIterator(v) { return require('internal/util/types').isSetIterator(v); }

// format() of strings without '%' directives is their space-joined text.
function plainStrings(args) {
  if (args.length === 0 || typeof args[0] !== 'string' || args[0].includes('%')) return undefined;
  for (let i = 1; i < args.length; i++) if (typeof args[i] !== 'string') return undefined;
  return args.length === 1 ? args[0] : args.join(' ');
}

const errors = require.lazy('internal/errors');
const validators = require.lazy('internal/validators');
let lazyUtilBinding;
function previewEntries(value, isIterator) {
  if (lazyUtilBinding === undefined) lazyUtilBinding = internalBinding('util');
  if (typeof lazyUtilBinding.previewEntries !== 'function') return undefined;
  return isIterator === undefined ?
    lazyUtilBinding.previewEntries(value) :
    lazyUtilBinding.previewEntries(value, isIterator);
}

const { kWriteLine } = require('internal/process/stdio');
const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kGroupIndent = Symbol('kGroupIndentationString');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kBindProperties = Symbol('kBindProperties');
const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');

const kUseStdout = 1;
const kUseStderr = 2;

const kMaxGroupIndentation = 1000;

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

// Per-instance user inspectOptions.
const optionsMap = new WeakMap();

function noop() {}

function lazyProcess() {
  return globalThis.process;
}

function emitWarning(message) {
  const proc = lazyProcess();
  if (proc !== undefined && typeof proc.emitWarning === 'function') {
    proc.emitWarning(message);
  }
}

// Milliseconds from a monotonic clock when there is one.
function now() {
  const proc = lazyProcess();
  if (proc !== undefined && typeof proc.hrtime === 'function') {
    const t = proc.hrtime();
    return t[0] * 1e3 + t[1] / 1e6;
  }
  if (typeof globalThis.performance?.now === 'function') {
    return globalThis.performance.now();
  }
  return Date.now();
}

let lazyColors;
// Whether output to `stream` should carry ANSI colors.
function shouldColorize(stream) {
  if (lazyColors === undefined) {
    try {
      lazyColors = require('internal/util/colors');
    } catch {
      lazyColors = null;
    }
  }
  if (lazyColors !== null && typeof lazyColors.shouldColorize === 'function') {
    return lazyColors.shouldColorize(stream);
  }
  const proc = lazyProcess();
  const force = proc?.env?.FORCE_COLOR;
  if (force !== undefined) {
    // '', '1', 'true' (16 colors), '2' (256) and '3' (16m) turn colors on.
    return force === '' || force === '1' || force === 'true' ||
      force === '2' || force === '3';
  }
  if (!stream?.isTTY) return false;
  if (typeof stream.getColorDepth === 'function') {
    return stream.getColorDepth() > 2;
  }
  if (typeof stream.hasColors === 'function') {
    return stream.hasColors() === true;
  }
  return true;
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  // Calling Console() without new is allowed.
  if (!new.target) {
    return Reflect.construct(Console, arguments);
  }

  if (!options || typeof options.write === 'function') {
    options = {
      stdout: options,
      stderr: arguments[1],
      ignoreErrors: arguments[2],
    };
  }

  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  const { ERR_CONSOLE_WRITABLE_STREAM, ERR_INCOMPATIBLE_OPTION_PAIR } = errors().codes;
  if (!stdout || typeof stdout.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }

  validators().validateOneOf(colorMode, 'colorMode', ['auto', true, false]);

  if (groupIndentation !== undefined) {
    validators().validateInteger(groupIndentation, 'groupIndentation',
                                 0, kMaxGroupIndentation);
  }

  if (inspectOptions !== undefined) {
    validators().validateObject(inspectOptions, 'options.inspectOptions');

    if (inspectOptions.colors !== undefined &&
        options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR(
        'options.inspectOptions.color', 'colorMode');
    }
    optionsMap.set(this, inspectOptions);
  }

  // Methods are bound so they can be passed around detached (arr.forEach(c.log)).
  const keys = Object.keys(Console.prototype);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', {
      __proto__: null,
      value: key,
    });
  }

  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

const consolePropAttributes = {
  writable: true,
  enumerable: false,
  configurable: true,
};

// The global console is not a Console instance but still passes instanceof.
Object.defineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) {
    return instance != null && instance[kIsConsole] === true;
  },
});

function createWriteErrorHandler(instance, streamSymbol) {
  return (err) => {
    // Errors are ignored (ignoreErrors: true): keep a listener attached so an
    // asynchronous 'error' event doesn't crash the process.
    const stream = streamSymbol === kUseStdout ? instance._stdout : instance._stderr;
    if (err !== null && stream !== undefined &&
        !stream._writableState?.errorEmitted) {
      if (typeof stream.listenerCount === 'function' &&
          stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
    }
  };
}

const protoSymbolMethods = {
  [kBindStreamsEager](stdout, stderr) {
    Object.defineProperties(this, {
      '_stdout': { __proto__: null, ...consolePropAttributes, value: stdout },
      '_stderr': { __proto__: null, ...consolePropAttributes, value: stderr },
    });
  },

  // Streams are looked up on first use: process.stdout may be created lazily.
  [kBindStreamsLazy](object) {
    let stdout;
    let stderr;
    Object.defineProperties(this, {
      '_stdout': {
        __proto__: null,
        enumerable: false,
        configurable: true,
        get() {
          return stdout || (stdout = object.stdout);
        },
        set(value) { stdout = value; },
      },
      '_stderr': {
        __proto__: null,
        enumerable: false,
        configurable: true,
        get() {
          return stderr || (stderr = object.stderr);
        },
        set(value) { stderr = value; },
      },
    });
  },

  [kBindProperties](ignoreErrors, colorMode, groupIndentation = 2) {
    Object.defineProperties(this, {
      '_stdoutErrorHandler': {
        __proto__: null,
        ...consolePropAttributes,
        value: createWriteErrorHandler(this, kUseStdout),
      },
      '_stderrErrorHandler': {
        __proto__: null,
        ...consolePropAttributes,
        value: createWriteErrorHandler(this, kUseStderr),
      },
      '_ignoreErrors': {
        __proto__: null,
        ...consolePropAttributes,
        value: Boolean(ignoreErrors),
      },
      '_times': { __proto__: null, ...consolePropAttributes, value: new Map() },
      [kCounts]: { __proto__: null, ...consolePropAttributes, value: new Map() },
      [kColorMode]: { __proto__: null, ...consolePropAttributes, value: colorMode },
      [kIsConsole]: { __proto__: null, ...consolePropAttributes, value: true },
      [kGroupIndentationWidth]: {
        __proto__: null,
        ...consolePropAttributes,
        value: groupIndentation,
      },
      [kGroupIndent]: { __proto__: null, ...consolePropAttributes, value: '' },
      [Symbol.toStringTag]: {
        __proto__: null,
        writable: false,
        enumerable: false,
        configurable: true,
        value: 'console',
      },
    });
  },

  [kWriteToConsole](streamSymbol, string) {
    const ignoreErrors = this._ignoreErrors;
    const groupIndent = this[kGroupIndent];

    const useStdout = streamSymbol === kUseStdout;
    const stream = useStdout ? this._stdout : this._stderr;
    const errorHandler = useStdout ?
      this._stdoutErrorHandler : this._stderrErrorHandler;

    if (groupIndent.length !== 0) {
      if (string.includes('\n')) {
        string = string.replace(/\n/g, `\n${groupIndent}`);
      }
      string = groupIndent + string;
    }
    string += '\n';

    // The global console's own light writer (see internal/process/stdio): straight
    // to the file descriptor.
    if (ignoreErrors !== false && stream[kWriteLine] !== undefined &&
        stream[kWriteLine](string)) {
      return;
    }
    if (ignoreErrors === false) return stream.write(string);

    // Writes may fail synchronously (files, TTYs) or asynchronously (pipes);
    // console output is best effort, so swallow both.
    const isEmitter = typeof stream.listenerCount === 'function' &&
      typeof stream.once === 'function' &&
      typeof stream.removeListener === 'function';
    try {
      if (isEmitter && stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
      stream.write(string, errorHandler);
    } catch (e) {
      // A stack overflow is a bug worth surfacing even from console.log.
      if (isStackOverflowError(e)) throw e;
    } finally {
      if (isEmitter) stream.removeListener('error', noop);
    }
  },

  [kGetInspectOptions](stream) {
    let color = this[kColorMode];
    if (color === 'auto') {
      color = shouldColorize(stream);
    }

    let options = optionsMap.get(this);
    // inspectOptions may also be a Map from stream to options.
    if (options instanceof Map) options = options.get(stream);
    if (options) {
      if (options.colors === undefined) {
        options.colors = color;
      }
      return options;
    }

    return color ? kColorInspectOptions : kNoColorInspectOptions;
  },

  [kFormatForStdout](args) {
    const plain = plainStrings(args);
    if (plain !== undefined) return plain;
    const opts = this[kGetInspectOptions](this._stdout);
    return formatWithOptions(opts, ...args);
  },

  [kFormatForStderr](args) {
    const plain = plainStrings(args);
    if (plain !== undefined) return plain;
    const opts = this[kGetInspectOptions](this._stderr);
    return formatWithOptions(opts, ...args);
  },
};

function isStackOverflowError(err) {
  if (err === null || typeof err !== 'object') return false;
  const message = `${err.message}`;
  return (err.name === 'RangeError' && message.includes('call stack')) ||
    (err.name === 'InternalError' && message.includes('stack overflow'));
}

// Duration text as Node prints it for console.timeEnd()/timeLog().
const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function pad(value) {
  return `${value}`.padStart(2, '0');
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;

  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms = ms % kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms = ms % kMinute;
    }
    seconds = ms / kSecond;
  }

  if (hours !== 0 || minutes !== 0) {
    const parts = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(parts[0])}.${parts[1]} (${hours !== 0 ? 'h:mm' : ''}m:ss.mmm)`;
  }

  if (seconds !== 0) {
    return `${seconds.toFixed(3)}s`;
  }

  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(self, name, label, data) {
  const time = self._times.get(label);
  if (time === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(now() - time);
  if (data === undefined) {
    self.log('%s: %s', label, formatted);
  } else {
    self.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

// Stack frames below the caller of console.trace(), V8 style.
function traceStack(message, fn) {
  const header = message === '' ? 'Trace' : `Trace: ${message}`;
  const err = { name: 'Trace', message };
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(err, fn);
    if (typeof err.stack === 'string') {
      // Engines that list only frames still get V8's "Trace: msg" header.
      if (err.stack.startsWith(header)) return err.stack;
      const frames = err.stack.replace(/^\n+/, '');
      return frames === '' ? header : `${header}\n${frames}`;
    }
  }
  // Without captureStackTrace: take a fresh error's frames, minus this
  // helper's and trace()'s own.
  const stack = new Error('x').stack;
  if (typeof stack !== 'string') return header;
  const start = stack.indexOf('\n    at ');
  if (start === -1) return header;
  const frames = stack.slice(start + 1).split('\n');
  frames.splice(0, 2);
  return frames.length === 0 ? header : `${header}\n${frames.join('\n')}`;
}

const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

function renderRow(row, columnWidths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    const len = getStringWidth(cell);
    out += cell + ' '.repeat(columnWidths[i] - len);
    if (i !== row.length - 1) {
      out += tableChars.middle;
    }
  }
  out += tableChars.right;
  return out;
}

// Box-drawn table: head is the header row, columns[i] the cells of column i.
function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  let longestColumn = 0;
  for (let i = 0; i < columns.length; i++) {
    if (columns[i].length > longestColumn) longestColumn = columns[i].length;
  }

  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      if (rows[j] === undefined) {
        rows[j] = [];
      }
      const value = rows[j][i] =
        Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      const width = columnWidths[i] || 0;
      const counted = getStringWidth(value);
      columnWidths[i] = Math.max(width, counted);
    }
  }

  const divider = columnWidths.map((i) => tableChars.middleMiddle.repeat(i + 2));

  let result = tableChars.topLeft +
               divider.join(tableChars.topMiddle) +
               tableChars.topRight + '\n' +
               renderRow(head, columnWidths) + '\n' +
               tableChars.leftMiddle +
               divider.join(tableChars.rowMiddle) +
               tableChars.rightMiddle + '\n';

  for (const row of rows) {
    result += `${renderRow(row, columnWidths)}\n`;
  }

  result += tableChars.bottomLeft +
            divider.join(tableChars.bottomMiddle) +
            tableChars.bottomRight;

  return result;
}

const iterKey = '(iteration index)';
const keyKey = 'Key';
const valuesKey = 'Values';
const indexKey = '(index)';

// The console.* diagnostics channels get each call's arguments before they are
// formatted, as in Node. No channel can have subscribers before the program loads
// diagnostics_channel, so until then this is a lookup.
const { BuiltinModule } = require('internal/bootstrap/realm');
let diagnosticsChannel;
const channels = { __proto__: null };
function publish(name, args) {
  if (diagnosticsChannel === undefined) {
    if (!BuiltinModule.isLoaded('diagnostics_channel')) return;
    diagnosticsChannel = require('diagnostics_channel');
  }
  const ch = channels[name] ??= diagnosticsChannel.channel(`console.${name}`);
  if (ch.hasSubscribers) ch.publish(args);
}

const consoleMethods = {
  log(...args) {
    publish('log', args);
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  info(...args) {
    publish('info', args);
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  debug(...args) {
    publish('debug', args);
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    publish('warn', args);
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  error(...args) {
    publish('error', args);
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, now());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    const found = timeLogImpl(this, 'timeEnd', label);
    if (found) {
      this._times.delete(label);
    }
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const message = this[kFormatForStderr](args);
    this.error(traceStack(message, trace));
  },

  assert(expression, ...args) {
    if (!expression) {
      if (args.length && typeof args[0] === 'string') {
        args[0] = `Assertion failed: ${args[0]}`;
      } else {
        args.unshift('Assertion failed');
      }
      Reflect.apply(this.warn, this, args);
    }
  },

  // Only a TTY can be cleared (cursor home, then erase below).
  clear() {
    const stream = this._stdout;
    const proc = lazyProcess();
    if (stream.isTTY && proc?.env?.TERM !== 'dumb') {
      stream.write('\u001b[1;1H');
      stream.write('\u001b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    let count = counts.get(label);
    if (count === undefined)
      count = 1;
    else
      count++;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) {
      Reflect.apply(this.log, this, data);
    }
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(
      0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined) {
      validators().validateArray(properties, 'properties');
    }

    if (tabularData === null || typeof tabularData !== 'object') {
      return this.log(tabularData);
    }

    const final = (k, v) => this.log(renderTable(k, v));

    const _inspect = (v) => {
      const depth = v !== null &&
                    typeof v === 'object' &&
                    !Array.isArray(v) &&
                    Object.keys(v).length > 2 ? -1 : 0;
      const opt = {
        depth,
        maxArrayLength: 3,
        breakLength: Infinity,
        ...this[kGetInspectOptions](this._stdout),
      };
      return inspect(v, opt);
    };
    const getIndexArray = (length) => Array.from({ length }, (_, i) => _inspect(i));

    const mapIter = isMapIterator(tabularData);
    let isKeyValue = false;
    let i = 0;
    if (mapIter) {
      const res = previewEntries(tabularData, true);
      if (res !== undefined) {
        tabularData = res[0];
        isKeyValue = res[1];
      } else {
        // The engine can't peek: read the iterator itself.
        tabularData = Array.from(tabularData);
      }
    }

    if (isKeyValue || isMap(tabularData)) {
      const keys = [];
      const values = [];
      let length = 0;
      if (mapIter) {
        for (; i < tabularData.length / 2; ++i) {
          keys.push(_inspect(tabularData[i * 2]));
          values.push(_inspect(tabularData[i * 2 + 1]));
          length++;
        }
      } else {
        for (const { 0: k, 1: v } of tabularData) {
          keys.push(_inspect(k));
          values.push(_inspect(v));
          length++;
        }
      }
      return final([
        iterKey, keyKey, valuesKey,
      ], [
        getIndexArray(length),
        keys,
        values,
      ]);
    }

    const setIter = isSetIterator(tabularData);
    if (setIter) {
      const res = previewEntries(tabularData);
      tabularData = res !== undefined ? res : Array.from(tabularData);
    }

    const setlike = setIter || mapIter || isSet(tabularData);
    if (setlike) {
      const values = [];
      let length = 0;
      for (const v of tabularData) {
        values.push(_inspect(v));
        length++;
      }
      return final([iterKey, valuesKey], [getIndexArray(length), values]);
    }

    const map = { __proto__: null };
    let hasPrimitives = false;
    const valuesKeyArray = [];
    const indexKeyArray = Object.keys(tabularData);

    for (; i < indexKeyArray.length; i++) {
      const item = tabularData[indexKeyArray[i]];
      const primitive = item === null ||
          (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        valuesKeyArray[i] = _inspect(item);
      } else {
        const keys = properties || Object.keys(item);
        for (const key of keys) {
          map[key] ??= [];
          if ((primitive && properties) ||
               !Object.prototype.hasOwnProperty.call(item, key))
            map[key][i] = '';
          else
            map[key][i] = _inspect(item[key]);
        }
      }
    }

    const keys = Object.keys(map);
    const values = Object.values(map);
    if (hasPrimitives) {
      keys.push(valuesKey);
      values.push(valuesKeyArray);
    }
    keys.unshift(indexKey);
    values.unshift(indexKeyArray);

    return final(keys, values);
  },
};

// Method order matches Node's Console.prototype (and Object.keys(console)).
const methodOrder = [
  'log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd',
  'timeLog', 'trace', 'assert', 'clear', 'count', 'countReset', 'group',
  'groupEnd', 'table', 'dirxml', 'groupCollapsed',
];
const aliases = {
  dirxml: 'log',
  groupCollapsed: 'group',
};

for (const sym of Reflect.ownKeys(protoSymbolMethods)) {
  Object.defineProperty(Console.prototype, sym, {
    __proto__: null,
    ...consolePropAttributes,
    value: protoSymbolMethods[sym],
  });
}
for (const name of methodOrder) {
  Console.prototype[name] = consoleMethods[aliases[name] || name];
}

module.exports = {
  Console,
  kBindStreamsLazy,
  kBindProperties,
  kWriteToConsole,
  formatTime,
};
