// util.inspect / util.format and their helpers: turns any JS value into the
// exact text Node 24 prints for it (console.log, REPL-style output, errors).

const {
  isAnyArrayBuffer,
  isArrayBuffer,
  isArgumentsObject,
  isBoxedPrimitive,
  isDataView,
  isExternal,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isPromise,
  isSet,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isRegExp,
  isDate,
  isTypedArray,
  isStringObject,
  isNumberObject,
  isBooleanObject,
  isBigIntObject,
  isAsyncFunction,
  isGeneratorFunction,
} = require('internal/util/types');

// Engine introspection. previewEntries may be missing or answer undefined when
// the engine can't look inside an iterator or weak collection.
const utilBinding = internalBinding('util');
const getPromiseState = utilBinding.getPromiseState;
const nativeGetProxyDetails = utilBinding.getProxyDetails;
const nativeIsProxy = utilBinding.isProxy;
// A revoked proxy has neither target nor handler: answer null for them, as V8
// does. QuickJS refuses to hand out the parts of a revoked proxy, so find out
// first, without running any trap: IsArray throws only on a revoked proxy (this
// one or one it wraps, which the engine's own answer tells apart).
function getProxyDetails(value, fetchTarget) {
  if (!nativeIsProxy(value)) return undefined;
  let revoked = false;
  try {
    Array.isArray(value);
  } catch {
    try {
      revoked = nativeGetProxyDetails(value, false) === null;
    } catch {
      revoked = true;
    }
  }
  if (revoked) return fetchTarget === false ? null : [null, null];
  return nativeGetProxyDetails(value, fetchTarget);
}
const previewEntries = typeof utilBinding.previewEntries === 'function' ?
  utilBinding.previewEntries : () => undefined;

// Builtins captured once so user monkey-patching can't change the output.
const hasOwn = Object.prototype.hasOwnProperty;
const propertyIsEnumerable = Object.prototype.propertyIsEnumerable;
const fnToString = Function.prototype.toString;
const errorToString = Error.prototype.toString;
const regExpToString = RegExp.prototype.toString;
const dateGetTime = Date.prototype.getTime;
const dateToISOString = Date.prototype.toISOString;
const dateToString = Date.prototype.toString;
const symbolToString = Symbol.prototype.toString;
const numberValueOf = Number.prototype.valueOf;
const stringValueOf = String.prototype.valueOf;
const booleanValueOf = Boolean.prototype.valueOf;
const bigintValueOf = BigInt.prototype.valueOf;
const symbolValueOf = Symbol.prototype.valueOf;
const setValues = Set.prototype.values;
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;
const mapEntries = Map.prototype.entries;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayLength = Object.getOwnPropertyDescriptor(TypedArrayProto, 'length').get;
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const arrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

const kMinLineWidth = 16;

const kPending = 0;
const kRejected = 2;

// Names of the ECMAScript constructors: objects whose toString comes from one of
// them count as "built-in" for util.format's %s.
const builtInObjects = new Set([
  'Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'Date',
  'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError',
  'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'ArrayBuffer',
  'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
  'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array',
  'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy',
  'Reflect', 'FinalizationRegistry', 'WeakRef', 'Atomics', 'JSON', 'Math',
  'Iterator',
]);

const inspectDefaultOptions = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const errors = require.lazy('internal/errors');
const validators = require.lazy('internal/validators');

// ---------------------------------------------------------------------------
// String escaping

// Escapes for C0 controls, quote and backslash, and C1 controls.
const meta = [];
for (let c = 0; c < 0xa0; c++) {
  if (c < 0x20 || (c >= 0x7f)) {
    meta[c] = '\\x' + (c < 16 ? '0' : '') + c.toString(16).toUpperCase();
  } else {
    meta[c] = '';
  }
}
meta[8] = '\\b';
meta[9] = '\\t';
meta[10] = '\\n';
meta[12] = '\\f';
meta[13] = '\\r';
meta[39] = "\\'";
meta[92] = '\\\\';

// Anything that needs an escape: controls, quote, backslash, lone surrogates.
const needsEscape = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const needsEscapeNoQuote = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// quote: 39 (') escapes single quotes; -1/-2 use other quotes and leave ' alone.
function escapeBody(str, quote) {
  let result = '';
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x20 || c === 92 || (c >= 0x7f && c < 0xa0) || (c === 39 && quote === 39)) {
      result += str.slice(last, i) + meta[c];
      last = i + 1;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < len) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      result += str.slice(last, i) + '\\u' + c.toString(16);
      last = i + 1;
    }
  }
  if (last === 0) return str;
  return result + str.slice(last);
}

function strEscape(str) {
  let quote = 39;
  let test = needsEscape;
  // Prefer a quote character that doesn't occur in the string over escaping.
  if (str.indexOf("'") !== -1) {
    if (str.indexOf('"') === -1) {
      quote = -2;
    } else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) {
      quote = -1;
    }
    if (quote !== 39) test = needsEscapeNoQuote;
  }
  const body = test.test(str) ? escapeBody(str, quote) : str;
  if (quote === -1) return '`' + body + '`';
  if (quote === -2) return '"' + body + '"';
  return "'" + body + "'";
}

// Escaping for key names and symbol descriptions (no quotes added).
function escapeKey(str) {
  return needsEscape.test(str) ? escapeBody(str, 39) : str;
}

// ---------------------------------------------------------------------------
// Colors

const colors = { __proto__: null };
function defineColor(name, open, close) {
  colors[name] = [open, close];
}
defineColor('reset', 0, 0);
defineColor('bold', 1, 22);
defineColor('dim', 2, 22);
defineColor('italic', 3, 23);
defineColor('underline', 4, 24);
defineColor('blink', 5, 25);
defineColor('inverse', 7, 27);
defineColor('hidden', 8, 28);
defineColor('strikethrough', 9, 29);
defineColor('doubleunderline', 21, 24);
defineColor('black', 30, 39);
defineColor('red', 31, 39);
defineColor('green', 32, 39);
defineColor('yellow', 33, 39);
defineColor('blue', 34, 39);
defineColor('magenta', 35, 39);
defineColor('cyan', 36, 39);
defineColor('white', 37, 39);
defineColor('bgBlack', 40, 49);
defineColor('bgRed', 41, 49);
defineColor('bgGreen', 42, 49);
defineColor('bgYellow', 43, 49);
defineColor('bgBlue', 44, 49);
defineColor('bgMagenta', 45, 49);
defineColor('bgCyan', 46, 49);
defineColor('bgWhite', 47, 49);
defineColor('framed', 51, 54);
defineColor('overlined', 53, 55);
defineColor('gray', 90, 39);
defineColor('redBright', 91, 39);
defineColor('greenBright', 92, 39);
defineColor('yellowBright', 93, 39);
defineColor('blueBright', 94, 39);
defineColor('magentaBright', 95, 39);
defineColor('cyanBright', 96, 39);
defineColor('whiteBright', 97, 39);
defineColor('bgGray', 100, 49);
defineColor('bgRedBright', 101, 49);
defineColor('bgGreenBright', 102, 49);
defineColor('bgYellowBright', 103, 49);
defineColor('bgBlueBright', 104, 49);
defineColor('bgMagentaBright', 105, 49);
defineColor('bgCyanBright', 106, 49);
defineColor('bgWhiteBright', 107, 49);

// Aliases are non-enumerable accessors onto the real entries.
function defineColorAlias(alias, target) {
  Object.defineProperty(colors, alias, {
    __proto__: null,
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}
defineColorAlias('grey', 'gray');
defineColorAlias('blackBright', 'gray');
defineColorAlias('bgGrey', 'bgGray');
defineColorAlias('bgBlackBright', 'bgGray');
defineColorAlias('faint', 'dim');
defineColorAlias('crossedout', 'strikethrough');
defineColorAlias('strikeThrough', 'strikethrough');
defineColorAlias('crossedOut', 'strikethrough');
defineColorAlias('conceal', 'hidden');
defineColorAlias('swapColors', 'inverse');
defineColorAlias('swapcolors', 'inverse');
defineColorAlias('doubleUnderline', 'doubleunderline');

const styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) {
      return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
    }
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// ---------------------------------------------------------------------------
// inspect()

function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    // Legacy positional form: inspect(value, showHidden, depth, colors).
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      const keys = Object.keys(opts);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (hasOwn.call(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown options are handed on to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validators().validateObject(options, 'options');
    return Object.assign(inspectDefaultOptions, options);
  },
});

inspect.colors = colors;
inspect.styles = styles;

function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    Object.setPrototypeOf(ret, null);
    for (const key of Object.keys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') && ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = Object.setPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // Fall through.
      }
      if (typeof stylized !== 'string') return value;
      return stylized;
    }, null);
  }
  return ret;
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) {
    return ctx.stylize('null', 'null');
  }

  const context = value;
  // Never run proxy traps: look at the target (or the pair with showProxy).
  const proxy = getProxyDetails(value, !!ctx.showProxy);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) {
      return ctx.stylize('<Revoked Proxy>', 'special');
    }
    if (ctx.showProxy) {
      return formatProxy(ctx, proxy, recurseTimes);
    }
    value = proxy;
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' &&
        maybeCustom !== inspect &&
        // Prototype objects holding the method are printed as plain objects.
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const isCrossContext = proxy !== undefined || !(context instanceof Object);
      const ret = maybeCustom.call(context, depth, getUserOptions(ctx, isCrossContext), inspect);
      if (ret !== context) {
        if (typeof ret !== 'string') {
          return formatValue(ctx, ret, recurseTimes);
        }
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function isInstanceof(obj, ctor) {
  try {
    return obj instanceof ctor;
  } catch {
    return false;
  }
}

// Name of the nearest constructor on the prototype chain; null for objects
// without any prototype.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const tmp = obj;
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        isInstanceof(tmp, descriptor.value)) {
      if (protoProps !== undefined &&
         (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) {
      firstProto = obj;
    }
  }

  if (firstProto === null) {
    return null;
  }

  const res = internalClassName(tmp);

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return `${res} <Complex prototype>`;
  }

  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);

  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, {
      ...ctx,
      customInspect: false,
      depth: -1,
    })}>`;
  }

  return `${res} <${protoConstr}>`;
}

// The engine-level class name of an object whose prototype chain names no
// constructor: a string Symbol.toStringTag data property wins, as in V8.
function internalClassName(obj) {
  let o = obj;
  while (o !== null) {
    const desc = Object.getOwnPropertyDescriptor(o, Symbol.toStringTag);
    if (desc !== undefined) {
      if ('value' in desc && typeof desc.value === 'string') return desc.value;
      break;
    }
    o = Object.getPrototypeOf(o);
  }
  if (typeof obj === 'function') return 'Function';
  if (Array.isArray(obj)) return 'Array';
  return 'Object';
}

// With showHidden, list the user-defined prototype members of class instances.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) {
        return;
      }
      const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }

    if (depth === 0) {
      keySet = new Set();
    } else {
      for (let i = 0; i < keys.length; i++) keySet.add(keys[i]);
    }
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' ||
          hasOwn.call(main, key) ||
          (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') {
        continue;
      }
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      if (ctx.colors) {
        output.push(`\u001b[2m${value}\u001b[22m`);
      } else {
        output.push(value);
      }
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

// A tag already spelled out by the constructor name is not repeated: the
// name contains it as a word (followed by an upper-case letter or the end).
const upperCaseRegExp = /^\p{Lu}/u;
function nameContainsTag(name, tag) {
  let pos = name.indexOf(tag);
  while (pos !== -1) {
    const next = pos + tag.length;
    if (next === name.length) return true;
    const c = name.charCodeAt(next);
    if (c >= 65 && c <= 90) return true;
    if (c > 127 && upperCaseRegExp.test(String.fromCodePoint(name.codePointAt(next)))) {
      return true;
    }
    pos = name.indexOf(tag, pos + 1);
  }
  return false;
}

function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }

  if (tag !== '' && !nameContainsTag(constructor, tag)) {
    return `${constructor}${size} [${tag}] `;
  }
  return `${constructor}${size} `;
}

// Array index check: canonical numeric strings below 2**32 - 1.
function isArrayIndex(key) {
  const len = key.length;
  if (len === 0 || len > 10) return false;
  const c0 = key.charCodeAt(0);
  if (c0 < 48 || c0 > 57) return false;
  if (c0 === 48) return len === 1;
  for (let i = 1; i < len; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return +key < 4294967295;
}

// Own keys of an array-like that are not indices (strings first, then symbols).
function getOwnNonIndexProperties(value, onlyEnumerable) {
  const names = Object.getOwnPropertyNames(value);
  const symbols = Object.getOwnPropertySymbols(value);
  const keys = [];
  for (let i = 0; i < names.length; i++) {
    const key = names[i];
    if (isArrayIndex(key)) continue;
    if (onlyEnumerable && !propertyIsEnumerable.call(value, key)) continue;
    keys.push(key);
  }
  for (let i = 0; i < symbols.length; i++) {
    const key = symbols[i];
    if (onlyEnumerable && !propertyIsEnumerable.call(value, key)) continue;
    keys.push(key);
  }
  return keys;
}

function getKeys(value, showHidden) {
  let keys;
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    for (let i = 0; i < symbols.length; i++) keys.push(symbols[i]);
  } else {
    try {
      keys = Object.keys(value);
    } catch (err) {
      // Module namespaces with bindings still in their TDZ throw here.
      if (!isModuleNamespaceObject(value)) throw err;
      keys = Object.getOwnPropertyNames(value);
    }
    for (let i = 0; i < symbols.length; i++) {
      if (propertyIsEnumerable.call(value, symbols[i])) keys.push(symbols[i]);
    }
  }
  return keys;
}

function getCtxName(constructor, tag, fallback) {
  return getPrefix(constructor, tag, fallback).slice(0, -1);
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
    protoProps = [];
  }

  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) {
    protoProps = undefined;
  }

  let tag = value[Symbol.toStringTag];
  // An own tag is already printed as a property; don't repeat it.
  if (typeof tag !== 'string' ||
      (tag !== '' &&
      (ctx.showHidden ? hasOwn : propertyIsEnumerable).call(value, Symbol.toStringTag))) {
    tag = '';
  }

  let base = '';
  let formatter = getEmptyFormatArray;
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;
  let fallback = 'Object';

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) :
        '';
      keys = getOwnNonIndexProperties(value, !ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}]`;
      }
      extrasType = kArrayExtrasType;
      formatter = formatArray;
      fallback = 'Array';
    } else if (isSet(value)) {
      const size = setSize.call(value);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = constructor === null ? formatSetUnbounded : formatSet;
      fallback = 'Set';
      if (size === 0 && keys.length === 0 && protoProps === undefined) {
        return `${prefix}{}`;
      }
      braces = [`${prefix}{`, '}'];
    } else if (isMap(value)) {
      const size = mapSize.call(value);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = constructor === null ? formatMapUnbounded : formatMap;
      fallback = 'Map';
      if (size === 0 && keys.length === 0 && protoProps === undefined) {
        return `${prefix}{}`;
      }
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = getOwnNonIndexProperties(value, !ctx.showHidden);
      const size = typedArrayLength.call(value);
      fallback = constructor === null ? typedArrayTag.call(value) : '';
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) {
        return `${braces[0]}]`;
      }
      formatter = formatTypedArray;
      extrasType = kArrayExtrasType;
    } else if (isMapIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = formatIterator.bind(null, braces);
    } else if (isSetIterator(value)) {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = formatIterator.bind(null, braces);
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(ctx, value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) {
        return ctx.stylize(base, 'special');
      }
    } else if (constructor === 'Object') {
      if (isArgumentsObject(value)) {
        braces[0] = '[Arguments] {';
      } else if (tag !== '') {
        braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      }
      if (keys.length === 0 && protoProps === undefined) {
        return `${braces[0]}}`;
      }
    } else if (isRegExp(value)) {
      base = regExpToString.call(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (recurseTimes > ctx.depth && ctx.depth !== null)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (isDate(value)) {
      if (Number.isNaN(dateGetTime.call(value))) {
        base = dateToString.call(value);
      } else {
        base = dateToISOString.call(value);
      }
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) {
        return ctx.stylize(base, 'date');
      }
    } else if (isError(value)) {
      base = formatError(value, constructor, tag, ctx, keys);
      if (keys.length === 0 && protoProps === undefined) {
        return base;
      }
    } else if (isAnyArrayBuffer(value)) {
      const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
      const prefix = getPrefix(constructor, tag, arrayType);
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return prefix +
              `{ [byteLength]: ${formatNumber(ctx.stylize, arrayBufferByteLength.call(value), false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift(kByteLength);
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift(kByteLength, kByteOffset, kBuffer);
    } else if (isPromise(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = formatPromise;
    } else if (isWeakSet(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
    } else if (isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
    } else if (isModuleNamespaceObject(value)) {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      formatter = formatNamespaceObject.bind(null, keys);
    } else if (isBoxedPrimitive(value)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) {
        return base;
      }
    } else {
      if (constructor === null && tag === '') {
        fallback = internalClassName(value);
      }
      if (keys.length === 0 && protoProps === undefined) {
        if (isExternal(value)) {
          return ctx.stylize('[External: <address>]', 'special');
        }
        return `${getCtxName(constructor, tag, fallback)} {}`;
      }
      braces[0] = `${getPrefix(constructor, tag, fallback)}{`;
    }
  }

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let constructorName = getCtxName(constructor, tag, fallback);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return ctx.stylize(constructorName, 'special');
  }
  recurseTimes += 1;

  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (let i = 0; i < protoProps.length; i++) output.push(protoProps[i]);
    }
  } catch (err) {
    const constructorName = getCtxName(constructor, tag, fallback);
    return handleMaxCallStackSize(ctx, err, constructorName, indentationLvl);
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Very large outputs stop descending further so a call can't run forever.
  if (newLength > 2 ** 27) {
    ctx.depth = -1;
  }
  return res;
}

// Pseudo keys for the accessor-backed fields of buffers and views.
const kByteLength = { key: 'byteLength' };
const kByteOffset = { key: 'byteOffset' };
const kBuffer = { key: 'buffer' };

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function isError(value) {
  return isNativeError(value) || isInstanceof(value, Error);
}

function getFunctionBase(ctx, value, constructor, tag) {
  let stringified;
  try {
    stringified = fnToString.call(value);
  } catch {
    stringified = '';
  }
  if (stringified.startsWith('class') && stringified.endsWith('}')) {
    const slice = stringified.slice(5, -1);
    const bracketIndex = slice.indexOf('{');
    if (bracketIndex !== -1 &&
        (!slice.slice(0, bracketIndex).includes('(') ||
          // A class whose heritage expression contains parentheses.
          classRegExp.test(slice.replace(stripCommentsRegExp, '')))) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) {
    type = `Generator${type}`;
  }
  if (isAsyncFunction(value)) {
    type = `Async${type}`;
  }
  let base = `[${type}`;
  if (constructor === null) {
    base += ' (null prototype)';
  }
  const name = value.name;
  if (name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${typeof name === 'string' ? name : formatValue(ctx, name)}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) {
    base += ` ${constructor}`;
  }
  if (tag !== '' && constructor !== tag) {
    base += ` [${tag}]`;
  }
  return base;
}

const classRegExp = /^(\s+[^(]*?)\s*{/;
const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

function getClassBase(value, constructor, tag) {
  const hasName = hasOwn.call(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) {
    base += ` [${constructor}]`;
  }
  if (tag !== '' && constructor !== tag) {
    base += ` [${tag}]`;
  }
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) {
      base += ` extends ${superName}`;
    }
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let fn;
  let type;
  if (isNumberObject(value)) {
    fn = numberValueOf;
    type = 'Number';
  } else if (isStringObject(value)) {
    fn = stringValueOf;
    type = 'String';
    // The index keys just repeat the string's characters.
    keys.splice(0, value.length);
  } else if (isBooleanObject(value)) {
    fn = booleanValueOf;
    type = 'Boolean';
  } else if (isBigIntObject(value)) {
    fn = bigintValueOf;
    type = 'BigInt';
  } else {
    fn = symbolValueOf;
    type = 'Symbol';
  }
  let base = `[${type}`;
  if (type !== constructor) {
    if (constructor === null) {
      base += ' (null prototype)';
    } else {
      base += ` (${constructor})`;
    }
  }
  base += `: ${formatPrimitive(stylizeNoColor, fn.call(value), ctx)}]`;
  if (tag !== '' && tag !== constructor) {
    base += ` [${tag}]`;
  }
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) {
    return base;
  }
  return ctx.stylize(base, type.toLowerCase());
}

// ---------------------------------------------------------------------------
// Errors

function getStackString(ctx, error) {
  if (error.stack) {
    if (typeof error.stack === 'string') {
      return error.stack;
    }
    // A non-string stack is shown under the "Name: message" line.
    ctx.indentationLvl += 4;
    const result = formatValue(ctx, error.stack);
    ctx.indentationLvl -= 4;
    return `${errorToString.call(error)}\n    ${result}`;
  }
  return errorToString.call(error);
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (!ctx.showHidden && keys.length !== 0) {
    for (const name of ['name', 'message', 'stack']) {
      const index = keys.indexOf(name);
      // Only hide the property if the stack already shows it.
      if (index !== -1 && (typeof err[name] !== 'string' || stack.includes(err[name]))) {
        keys.splice(index, 1);
      }
    }
  }
}

function getStackFrames(ctx, err, stack) {
  const frames = stack.split('\n');

  let cause;
  try {
    ({ cause } = err);
  } catch {
    // Ignore a throwing getter.
  }

  // Collapse frames that the cause's stack already shows.
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(ctx, cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// Longest run (> 3) of lines of `a` that also appear, in order, in `b`.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) {
          len++;
        }
        if (len > 3) {
          return { len, offset: i };
        }
      }
    }
  }
  return { len: 0, offset: 0 };
}

function improveStack(stack, constructor, name, tag) {
  // Only rewrite stacks that look like "Name: message\n    at ...".
  let len = name.length;
  if (constructor === null ||
      (name.endsWith('Error') &&
       stack.startsWith(name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
        /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        if (len === 0) {
          stack = `${prefix}: ${stack}`;
        } else {
          stack = `${prefix}${stack.slice(len)}`;
        }
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
const nodeModulesRegExp = /[/\\]node_modules[/\\](.+?)(?=[/\\])/g;

function markNodeModules(ctx, line) {
  let tempLine = '';
  let nodeModule;
  let pos = 0;
  nodeModulesRegExp.lastIndex = 0;
  while ((nodeModule = nodeModulesRegExp.exec(line)) !== null) {
    tempLine += line.slice(pos, nodeModule.index + 14);
    tempLine += ctx.stylize(nodeModule[1], 'module');
    pos = nodeModule.index + nodeModule[0].length;
  }
  if (pos !== 0) {
    line = tempLine + line.slice(pos);
  }
  return line;
}

function safeGetCWD() {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = line.indexOf(workingDirectory);
  let tempLine = '';
  let cwdLength = workingDirectory.length;
  if (cwdStartPos !== -1) {
    if (line.slice(cwdStartPos - 7, cwdStartPos) === 'file://') {
      cwdLength += 7;
      cwdStartPos -= 7;
    }
    const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
    const end = start !== cwdStartPos && line.endsWith(')') ? -1 : line.length;
    const workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
    const cwdSlice = line.slice(start, workingDirectoryEndPos);

    tempLine += line.slice(0, start);
    tempLine += ctx.stylize(cwdSlice, 'undefined');
    tempLine += line.slice(workingDirectoryEndPos, end);
    if (end === -1) {
      tempLine += ctx.stylize(')', 'undefined');
    }
  } else {
    tempLine += line;
  }
  return tempLine;
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? `${err.name}` : 'Error';
  let stack = getStackString(ctx, err);

  removeDuplicateErrorKeys(ctx, keys, err, stack);

  if ('cause' in err &&
      (keys.length === 0 || !keys.includes('cause'))) {
    keys.push('cause');
  }

  // AggregateError's members.
  if (Array.isArray(err.errors) &&
      (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }

  stack = improveStack(stack, constructor, name, tag);

  // Skip the message when looking for the first frame: it may contain "at".
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    let newStack = stack.slice(0, stackStart);
    const stackFramePart = stack.slice(stackStart + 1);
    const lines = getStackFrames(ctx, err, stackFramePart);
    if (ctx.colors) {
      // Grey out core frames, underline package names.
      const workingDirectory = safeGetCWD();
      for (let line of lines) {
        const core = coreModuleRegExp.exec(line);
        if (core !== null && isCoreModuleId(core[1])) {
          newStack += `\n${ctx.stylize(line, 'undefined')}`;
        } else {
          newStack += '\n';
          line = markNodeModules(ctx, line);
          if (workingDirectory !== undefined) {
            line = markCwd(ctx, line, workingDirectory);
          }
          newStack += line;
        }
      }
    } else {
      newStack += `\n${lines.join('\n')}`;
    }
    stack = newStack;
  }
  // Indent continuation lines to the current nesting.
  if (ctx.indentationLvl !== 0) {
    const indentation = ' '.repeat(ctx.indentationLvl);
    stack = stack.replaceAll('\n', `\n${indentation}`);
  }
  return stack;
}

function isCoreModuleId(id) {
  return id.length !== 0;
}

function handleMaxCallStackSize(ctx, err, constructorName, indentationLvl) {
  if (isStackOverflowError(err)) {
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${constructorName}: Inspection interrupted ` +
        'prematurely. Maximum call stack size exceeded.]',
      'special',
    );
  }
  throw err;
}

function isStackOverflowError(err) {
  if (err === null || typeof err !== 'object') return false;
  const name = err.name;
  const message = `${err.message}`;
  return (name === 'RangeError' && message.includes('call stack')) ||
    (name === 'InternalError' && message.includes('stack overflow'));
}

// ---------------------------------------------------------------------------
// Primitives

function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    result = `_${integerString.slice(i - 3, i)}${result}`;
  }
  return i === integerString.length ?
    integerString :
    `${integerString.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(integerString) {
  let result = '';
  let i = 0;
  for (; i < integerString.length - 3; i += 3) {
    result += `${integerString.slice(i, i + 3)}_`;
  }
  return i === 0 ?
    integerString :
    `${result}${integerString.slice(i)}`;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) {
      return fn('-0', 'number');
    }
    return fn(`${number}`, 'number');
  }
  if (Object.is(number, -0)) {
    return fn('-0', 'number');
  }
  const full = String(number);
  if (!Number.isFinite(number) || full.includes('e')) {
    return fn(full, 'number');
  }
  const integer = Math.trunc(number);
  const string = String(integer);
  if (integer === number) {
    return fn(`${addNumericSeparator(string)}`, 'number');
  }
  if (integer === 0 && number < 0) {
    return fn(`-0.${addNumericSeparatorEnd(full.slice(3))}`, 'number');
  }
  return fn(`${
    addNumericSeparator(string)
  }.${
    addNumericSeparatorEnd(String(number).slice(string.length + 1))
  }`, 'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const string = String(bigint);
  if (!numericSeparator) {
    return fn(`${string}n`, 'bigint');
  }
  return fn(`${addNumericSeparator(string)}n`, 'bigint');
}

function formatPrimitive(fn, value, ctx) {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    if (ctx.compact !== true &&
        value.length > kMinLineWidth &&
        value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      // Long multi-line strings are shown one line per quoted chunk.
      const lines = value.split(/(?<=\n)/);
      let out = '';
      const sep = ` +\n${' '.repeat(ctx.indentationLvl + 2)}`;
      for (let i = 0; i < lines.length; i++) {
        if (i !== 0) out += sep;
        out += fn(strEscape(lines[i]), 'string');
      }
      return out + trailer;
    }
    return fn(strEscape(value), 'string') + trailer;
  }
  if (typeof value === 'number') {
    return formatNumber(fn, value, ctx.numericSeparator);
  }
  if (typeof value === 'bigint') {
    return formatBigInt(fn, value, ctx.numericSeparator);
  }
  if (typeof value === 'boolean') {
    return fn(`${value}`, 'boolean');
  }
  if (typeof value === 'undefined') {
    return fn('undefined', 'undefined');
  }
  // Symbol.
  return fn(symbolToString.call(value), 'symbol');
}

// ---------------------------------------------------------------------------
// Entry formatters

function getEmptyFormatArray() {
  return [];
}

function remainingText(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatArrayBuffer(ctx, value) {
  let buffer;
  try {
    buffer = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  if (ctx.maxArrayLength < 0) {
    // Node's hex dump rejects a negative length.
    throw new RangeError('Index out of range');
  }
  const len = Math.min(ctx.maxArrayLength, buffer.length);
  let str = '';
  for (let i = 0; i < len; i++) {
    const b = buffer[i];
    if (i !== 0) str += ' ';
    str += hexTable[b];
  }
  const remaining = buffer.length - ctx.maxArrayLength;
  if (remaining > 0) {
    str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  }
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

const hexTable = [];
for (let i = 0; i < 256; i++) hexTable[i] = (i < 16 ? '0' : '') + i.toString(16);

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);

  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    // Holes switch to the sparse-array printer.
    if (!hasOwn.call(value, i)) {
      return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

const numberRegExp = /^(0|[1-9][0-9]*)$/;

function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = Object.keys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    // Past the largest index: only named keys follow.
    if (tmp > 2 ** 32 - 2) {
      break;
    }
    if (`${index}` !== key) {
      if (!numberRegExp.test(key)) {
        break;
      }
      const emptyItems = tmp - index;
      const ending = emptyItems > 1 ? 's' : '';
      const message = `<${emptyItems} empty item${ending}>`;
      output.push(ctx.stylize(message, 'undefined'));
      index = tmp;
      if (output.length === maxLength) {
        break;
      }
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      const ending = remaining > 1 ? 's' : '';
      const message = `<${remaining} empty item${ending}>`;
      output.push(ctx.stylize(message, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatTypedArray(ctx, value, recurseTimes) {
  const length = typedArrayLength.call(value);
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = new Array(maxLength);
  const elementFormatter = length > 0 && typeof value[0] === 'number' ?
    formatNumber :
    formatBigInt;
  for (let i = 0; i < maxLength; ++i) {
    output[i] = elementFormatter(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) {
    output[maxLength] = remainingText(remaining);
  }
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of [
      'BYTES_PER_ELEMENT',
      'length',
      'byteLength',
      'byteOffset',
      'buffer',
    ]) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`${ctx.stylize(`[${key}]`, 'string')}: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

// Null-prototype collections are walked without the maxArrayLength cap (as Node).
function formatSetUnbounded(ctx, value, recurseTimes) {
  return formatSet(ctx, value, recurseTimes, true);
}

function formatMapUnbounded(ctx, value, recurseTimes) {
  return formatMap(ctx, value, recurseTimes, true);
}

// As Node's: the set's own `size` and iterator (a subclass that overrides them is
// shown as it says it is); a null-prototype set, which has neither, unbounded
// through the built-in iterator.
function formatSet(ctx, value, recurseTimes, unbounded) {
  const length = unbounded ? Infinity : value.size;
  const maxLength = unbounded ? Infinity : Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = unbounded ? 0 : length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  const values = unbounded ? { [Symbol.iterator]: () => setValues.call(value) } : value;
  for (const v of values) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, value, recurseTimes, unbounded) {
  const length = unbounded ? Infinity : value.size;
  const maxLength = unbounded ? Infinity : Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = unbounded ? 0 : length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  const entries = unbounded ? { [Symbol.iterator]: () => mapEntries.call(value) } : value;
  for (const { 0: key, 1: val } of entries) {
    if (i >= maxLength) break;
    const k = formatValue(ctx, key, recurseTimes);
    const v = formatValue(ctx, val, recurseTimes);
    output.push(`${k} => ${v}`);
    i++;
  }
  if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  ctx.indentationLvl -= 2;
  return output;
}

const kWeak = 0;
const kIterator = 1;
const kMapEntries = 2;

function formatSetIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  const maxLength = Math.min(maxArrayLength, entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    output[i] = formatValue(ctx, entries[i], recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (state === kWeak && !ctx.sorted) {
    // Weak collections have no stable order; sort for deterministic output.
    output.sort();
  }
  const remaining = entries.length - maxLength;
  if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatMapIterInner(ctx, recurseTimes, entries, state) {
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = Math.min(maxArrayLength, len);
  const output = new Array(maxLength);
  let i = 0;
  ctx.indentationLvl += 2;
  if (state === kWeak) {
    for (; i < maxLength; i++) {
      const pos = i * 2;
      output[i] =
        `${formatValue(ctx, entries[pos], recurseTimes)} => ${formatValue(ctx, entries[pos + 1], recurseTimes)}`;
    }
    if (!ctx.sorted) output.sort();
  } else {
    for (; i < maxLength; i++) {
      const pos = i * 2;
      const res = [
        formatValue(ctx, entries[pos], recurseTimes),
        formatValue(ctx, entries[pos + 1], recurseTimes),
      ];
      output[i] = reduceToSingleString(
        ctx, res, '', ['[', ']'], kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  const entries = previewEntries(value);
  if (entries === undefined) return formatWeakCollection(ctx);
  return formatSetIterInner(ctx, recurseTimes, entries, kWeak);
}

function formatWeakMap(ctx, value, recurseTimes) {
  const entries = previewEntries(value);
  if (entries === undefined) return formatWeakCollection(ctx);
  return formatMapIterInner(ctx, recurseTimes, entries, kWeak);
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const preview = previewEntries(value, true);
  if (preview === undefined) {
    // The engine can't look inside without advancing the iterator.
    return [ctx.stylize('<items unknown>', 'special')];
  }
  const entries = preview[0];
  if (preview[1]) {
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapIterInner(ctx, recurseTimes, entries, kMapEntries);
  }
  return formatSetIterInner(ctx, recurseTimes, entries, kIterator);
}

function formatPromise(ctx, value, recurseTimes) {
  let output;
  const details = getPromiseState(value);
  const state = details[0];
  if (state === kPending) {
    output = [ctx.stylize('<pending>', 'special')];
  } else {
    ctx.indentationLvl += 2;
    const str = formatValue(ctx, details[1], recurseTimes);
    ctx.indentationLvl -= 2;
    output = [
      state === kRejected ?
        `${ctx.stylize('<rejected>', 'special')} ${str}` :
        str,
    ];
  }
  return output;
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(isNativeError(err) && err.name === 'ReferenceError')) {
        throw err;
      }
      // A binding still in its temporal dead zone.
      const tmp = { [keys[i]]: '' };
      output[i] = formatProperty(ctx, tmp, recurseTimes, keys[i], kObjectType);
      const pos = output[i].lastIndexOf(' ');
      output[i] = output[i].slice(0, pos + 1) +
                  ctx.stylize('<uninitialized>', 'special');
    }
  }
  // The keys were consumed here; don't print them again.
  keys.length = 0;
  return output;
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(
    ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  let pseudo = false;
  if (typeof key === 'object') {
    // Accessor-backed field of a buffer or view: shown like a hidden property.
    key = key.key;
    pseudo = true;
    desc = { value: value[key], enumerable: false };
  }
  desc = desc || Object.getOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType || pseudo) ? 2 : 3;
    ctx.indentationLvl += diff;
    if (pseudo) {
      try {
        str = formatValue(ctx, desc.value, recurseTimes);
      } catch {
        str = ctx.stylize('undefined', 'undefined');
      }
    } else {
      str = formatValue(ctx, desc.value, recurseTimes);
    }
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
          (ctx.getters === 'get' && desc.set === undefined) ||
          (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = desc.get.call(original);
        ctx.indentationLvl += 2;
        if (tmp === null) {
          str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        } else if (typeof tmp === 'object') {
          str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        } else {
          const primitive = formatPrimitive(s, tmp, ctx);
          str = `${s(`[${label}:`, sp)} ${primitive}${s(']', sp)}`;
        }
        ctx.indentationLvl -= 2;
      } catch (err) {
        ctx.indentationLvl += 2;
        const message = `<Inspection threw (${formatValue(ctx, err, recurseTimes)})>`;
        ctx.indentationLvl -= 2;
        str = `${s(`[${label}:`, sp)} ${message}${s(']', sp)}`;
      }
    } else {
      str = ctx.stylize(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) {
    return str;
  }
  if (pseudo) {
    name = ctx.stylize(`[${key}]`, 'string');
  } else if (typeof key === 'symbol') {
    const tmp = escapeKey(symbolToString.call(key));
    name = desc.enumerable === false ?
      `[${ctx.stylize(tmp, 'symbol')}]` :
      ctx.stylize(tmp, 'symbol');
  } else if (key === '__proto__') {
    name = desc.enumerable === false ? "[['__proto__']]" : "['__proto__']";
  } else if (keyStrRegExp.test(key)) {
    name = desc.enumerable === false ? `[${key}]` : ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
    if (desc.enumerable === false) name = `[${name}]`;
  }
  return `${name}:${extra}${str}`;
}

// ---------------------------------------------------------------------------
// Line layout

function isBelowBreakLength(ctx, output, start, base) {
  // Each entry costs its length plus a separator.
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) {
    return false;
  }
  for (let i = 0; i < output.length; i++) {
    if (ctx.colors) {
      totalLength += removeColors(output[i]).length;
    } else {
      totalLength += output[i].length;
    }
    if (totalLength > ctx.breakLength) {
      return false;
    }
  }
  // A multi-line base (e.g. an error stack) never fits on one line.
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Objects nesting at most `compact` levels may share one line.
      if (ctx.currentDepth - recurseTimes < ctx.compact &&
          entries === output.length) {
        const start = output.length + ctx.indentationLvl +
                      braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joinedOutput = output.join(', ');
          if (!joinedOutput.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joinedOutput}` +
              ` ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${
      output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact: true puts as much as fits on each line.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ` +
      braces[1];
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// Lays out many short array entries in aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The "... more items" entry stays on its own line.
  if (ctx.maxArrayLength < output.length) {
    outputLength--;
  }
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Need room for three columns, and no single entry much longer than the rest.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    // Aim for a roughly square block, within the line width, `compact * 4`
    // columns and 15 columns at most.
    const columns = Math.min(
      Math.round(
        Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax,
      ),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) {
      return output;
    }
    const tmp = [];
    const maxLineLength = [];
    for (let i = 0; i < columns; i++) {
      let lineLength = 0;
      for (let j = i; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    // Numbers align right, everything else left.
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        // Color codes take no room on screen: widen the padding by their size.
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        str += padStart ?
          `${output[j]}, `.padStart(padding, ' ') :
          `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] +
                        output[j].length -
                        dataLen[j] -
                        separatorSpace;
        str += output[j].padStart(padding, ' ');
      } else {
        str += output[j];
      }
      tmp.push(str);
    }
    if (ctx.maxArrayLength < output.length) {
      tmp.push(output[outputLength]);
    }
    output = tmp;
  }
  return output;
}

// ---------------------------------------------------------------------------
// Terminal text helpers

const ansiPattern = '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))';
const ansi = new RegExp(ansiPattern, 'g');

function removeColors(str) {
  return str.replace(colorRegExp, '');
}
// eslint-disable-next-line no-control-regex
const colorRegExp = /\u001b\[\d\d?m/g;

function stripVTControlCharacters(str) {
  validators().validateString(str, 'str');
  return str.replace(ansi, '');
}

// Column width of a string in a terminal: wide East Asian characters and
// emoji take two cells, combining marks and controls none.
function getStringWidth(str, removeControlChars = true) {
  let width = 0;
  if (removeControlChars) str = str.replace(ansi, '');
  // Fast path: printable ASCII only.
  let ascii = true;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) {
      ascii = false;
      break;
    }
  }
  if (ascii) return str.length;
  str = str.normalize('NFC');
  for (const char of str) {
    const code = char.codePointAt(0);
    if (isFullWidthCodePoint(code)) {
      width += 2;
    } else if (!isZeroWidthCodePoint(code)) {
      width++;
    }
  }
  return width;
}

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f ||
    code === 0x2329 ||
    code === 0x232a ||
    (code >= 0x231a && code <= 0x231b) ||
    (code >= 0x23e9 && code <= 0x23ec) ||
    code === 0x23f0 || code === 0x23f3 ||
    (code >= 0x25fd && code <= 0x25fe) ||
    (code >= 0x2614 && code <= 0x2615) ||
    (code >= 0x2648 && code <= 0x2653) ||
    code === 0x267f || code === 0x2693 || code === 0x26a1 ||
    (code >= 0x26aa && code <= 0x26ab) ||
    (code >= 0x26bd && code <= 0x26be) ||
    (code >= 0x26c4 && code <= 0x26c5) ||
    code === 0x26ce || code === 0x26d4 || code === 0x26ea ||
    (code >= 0x26f2 && code <= 0x26f3) ||
    code === 0x26f5 || code === 0x26fa || code === 0x26fd ||
    code === 0x2705 ||
    (code >= 0x270a && code <= 0x270b) ||
    code === 0x2728 || code === 0x274c || code === 0x274e ||
    (code >= 0x2753 && code <= 0x2755) ||
    code === 0x2757 ||
    (code >= 0x2795 && code <= 0x2797) ||
    code === 0x27b0 || code === 0x27bf ||
    (code >= 0x2b1b && code <= 0x2b1c) ||
    code === 0x2b50 || code === 0x2b55 ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x16fe0 && code <= 0x16fe4) ||
    (code >= 0x17000 && code <= 0x18cd5) ||
    (code >= 0x1b000 && code <= 0x1b2fb) ||
    code === 0x1f004 || code === 0x1f0cf || code === 0x1f18e ||
    (code >= 0x1f191 && code <= 0x1f19a) ||
    (code >= 0x1f1e6 && code <= 0x1f1ff) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f260 && code <= 0x1f265) ||
    (code >= 0x1f300 && code <= 0x1f320) ||
    (code >= 0x1f32d && code <= 0x1f335) ||
    (code >= 0x1f337 && code <= 0x1f37c) ||
    (code >= 0x1f37e && code <= 0x1f393) ||
    (code >= 0x1f3a0 && code <= 0x1f3ca) ||
    (code >= 0x1f3cf && code <= 0x1f3d3) ||
    (code >= 0x1f3e0 && code <= 0x1f3f0) ||
    code === 0x1f3f4 ||
    (code >= 0x1f3f8 && code <= 0x1f43e) ||
    code === 0x1f440 ||
    (code >= 0x1f442 && code <= 0x1f4fc) ||
    (code >= 0x1f4ff && code <= 0x1f53d) ||
    (code >= 0x1f54b && code <= 0x1f54e) ||
    (code >= 0x1f550 && code <= 0x1f567) ||
    code === 0x1f57a ||
    (code >= 0x1f595 && code <= 0x1f596) ||
    code === 0x1f5a4 ||
    (code >= 0x1f5fb && code <= 0x1f64f) ||
    (code >= 0x1f680 && code <= 0x1f6c5) ||
    code === 0x1f6cc ||
    (code >= 0x1f6d0 && code <= 0x1f6d2) ||
    (code >= 0x1f6d5 && code <= 0x1f6d7) ||
    (code >= 0x1f6dc && code <= 0x1f6df) ||
    (code >= 0x1f6eb && code <= 0x1f6ec) ||
    (code >= 0x1f6f4 && code <= 0x1f6fc) ||
    (code >= 0x1f7e0 && code <= 0x1f7eb) ||
    code === 0x1f7f0 ||
    (code >= 0x1f90c && code <= 0x1f93a) ||
    (code >= 0x1f93c && code <= 0x1f945) ||
    (code >= 0x1f947 && code <= 0x1f9ff) ||
    (code >= 0x1fa70 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1F || // C0 controls
    (code >= 0x7F && code <= 0x9F) || // C1 controls
    (code >= 0x300 && code <= 0x36F) || // Combining diacritical marks
    (code >= 0x200B && code <= 0x200F) || // Zero-width and directional marks
    (code >= 0x20D0 && code <= 0x20FF) || // Combining marks for symbols
    (code >= 0xFE00 && code <= 0xFE0F) || // Variation selectors
    (code >= 0xFE20 && code <= 0xFE2F) || // Combining half marks
    (code >= 0xE0100 && code <= 0xE01EF); // Variation selectors supplement
}

// ---------------------------------------------------------------------------
// util.format

function hasBuiltInToString(value) {
  // Proxies count as built-in: their traps must not run.
  const proxyTarget = getProxyDetails(value, false);
  if (proxyTarget !== undefined) {
    if (proxyTarget === null) {
      return true;
    }
    value = proxyTarget;
  }

  // A user-provided Symbol.toPrimitive means the user chose a string form.
  if (typeof value[Symbol.toPrimitive] === 'function' &&
      !isBuiltInProvider(value, Symbol.toPrimitive)) {
    return false;
  }

  if (typeof value.toString !== 'function') {
    return true;
  }

  return isBuiltInProvider(value, 'toString');
}

// Whether the prototype-chain member providing `key` belongs to a builtin
// constructor's prototype (an own property never does).
function isBuiltInProvider(value, key) {
  if (hasOwn.call(value, key)) {
    return false;
  }
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (pointer !== null && !hasOwn.call(pointer, key));
  if (pointer === null) return true;

  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    builtInObjects.has(descriptor.value.name);
}

let circularErrorMessage;
function firstErrorLine(error) {
  return `${error.message}`.split('\n', 1)[0];
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err !== null && typeof err === 'object' && err.name === 'TypeError' &&
        firstErrorLine(err) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw new (errors().codes.ERR_INVALID_ARG_TYPE)('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

function formatNumberNoColor(number, options) {
  return formatNumber(
    stylizeNoColor,
    number,
    options?.numericSeparator ?? inspectDefaultOptions.numericSeparator,
  );
}

function formatBigIntNoColor(bigint, options) {
  return formatBigInt(
    stylizeNoColor,
    bigint,
    options?.numericSeparator ?? inspectDefaultOptions.numericSeparator,
  );
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) {
      return first;
    }
    let tempStr;
    let lastPos = 0;

    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) === 37) { // '%'
        const nextChar = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (nextChar) {
            case 115: { // 's'
              const tempArg = args[++a];
              if (typeof tempArg === 'number') {
                tempStr = formatNumberNoColor(tempArg, inspectOptions);
              } else if (typeof tempArg === 'bigint') {
                tempStr = formatBigIntNoColor(tempArg, inspectOptions);
              } else if (typeof tempArg !== 'object' ||
                         tempArg === null ||
                         !hasBuiltInToString(tempArg)) {
                tempStr = String(tempArg);
              } else {
                tempStr = inspect(tempArg, {
                  ...inspectOptions,
                  depth: 0,
                  colors: false,
                  compact: 3,
                });
              }
              break;
            }
            case 106: // 'j'
              tempStr = tryStringify(args[++a]);
              break;
            case 100: { // 'd'
              const tempNum = args[++a];
              if (typeof tempNum === 'bigint') {
                tempStr = formatBigIntNoColor(tempNum, inspectOptions);
              } else if (typeof tempNum === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumberNoColor(Number(tempNum), inspectOptions);
              }
              break;
            }
            case 79: // 'O'
              tempStr = inspect(args[++a], inspectOptions);
              break;
            case 111: // 'o'
              tempStr = inspect(args[++a], {
                ...inspectOptions,
                showHidden: true,
                showProxy: true,
                depth: 4,
              });
              break;
            case 105: { // 'i'
              const tempInteger = args[++a];
              if (typeof tempInteger === 'bigint') {
                tempStr = formatBigIntNoColor(tempInteger, inspectOptions);
              } else if (typeof tempInteger === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumberNoColor(
                  Number.parseInt(tempInteger), inspectOptions);
              }
              break;
            }
            case 102: { // 'f'
              const tempFloat = args[++a];
              if (typeof tempFloat === 'symbol') {
                tempStr = 'NaN';
              } else {
                tempStr = formatNumberNoColor(
                  Number.parseFloat(tempFloat), inspectOptions);
              }
              break;
            }
            case 99: // 'c'
              a += 1;
              tempStr = '';
              break;
            case 37: // '%'
              str += first.slice(lastPos, i);
              lastPos = i + 1;
              continue;
            default: // Any other character is not a placeholder.
              continue;
          }
          if (lastPos !== i - 1) {
            str += first.slice(lastPos, i - 1);
          }
          str += tempStr;
          lastPos = i + 1;
        } else if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) {
        str += first.slice(lastPos);
      }
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

module.exports = {
  identicalSequenceRange,
  inspect,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  getStringWidth,
  stripVTControlCharacters,
  isError,
  stylizeWithColor,
  stylizeNoColor,
};
