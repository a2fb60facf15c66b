'use strict';

// WHATWG TextEncoder / TextDecoder. UTF-8 goes through
// internalBinding('encoding'); UTF-16LE and windows-1252 (latin1/ascii
// labels) are decoded here. Streaming keeps incomplete sequences between
// calls.

const {
  codes: {
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
  createNativeError,
} = require('internal/errors');
const {
  validateObject,
  validateString,
  kValidateObjectAllowObjectsAndNull,
} = require('internal/validators');

// Fetched on first use so that loading util doesn't require the binding.
let binding;
function lazyBinding() {
  binding ??= internalBinding('encoding');
  return binding;
}

const customInspect = Symbol.for('nodejs.util.inspect.custom');

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const arrayBufferByteLength =
  Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;

function isAnyArrayBuffer(value) {
  if (value === null || typeof value !== 'object') return false;
  try {
    arrayBufferByteLength.call(value);
    return true;
  } catch {
    // Not an ArrayBuffer; maybe shared.
  }
  if (sharedArrayBufferByteLength === undefined) return false;
  try {
    sharedArrayBufferByteLength.call(value);
    return true;
  } catch {
    return false;
  }
}

// Errors Node raises from native code: plain "TypeError: msg" plus a code.
function nativeError(Ctor, message, code) {
  return createNativeError(Ctor, code, message);
}

function invalidEncodedData(encoding) {
  return nativeError(TypeError, `The encoded data was not valid for encoding ${encoding}`,
                     'ERR_ENCODING_INVALID_ENCODED_DATA');
}

// WHATWG labels of the encodings supported here.
const encodings = new Map();
for (const label of ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
  'x-unicode20utf8']) {
  encodings.set(label, 'utf-8');
}
for (const label of ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff',
  'utf-16', 'utf-16le']) {
  encodings.set(label, 'utf-16le');
}
for (const label of ['unicodefffe', 'utf-16be']) {
  encodings.set(label, 'utf-16be');
}
encodings.set('x-user-defined', 'x-user-defined');
for (const label of ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
  'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987',
  'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']) {
  encodings.set(label, 'windows-1252');
}

function getEncodingFromLabel(label) {
  const enc = encodings.get(label);
  if (enc !== undefined) return enc;
  return encodings.get(label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase());
}

// windows-1252 code points for bytes 0x80..0x9F (others map to themselves).
const cp1252High = [
  0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
  0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
];

function toUint8(input) {
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
}

function concatBytes(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// Length of an incomplete but still valid UTF-8 sequence at the end of
// `bytes` (0 when the input ends on a boundary or on an invalid byte).
function incompleteUtf8Tail(bytes) {
  const len = bytes.length;
  const start = len > 3 ? len - 3 : 0;
  for (let i = len - 1; i >= start; i--) {
    const b = bytes[i];
    if ((b & 0xC0) === 0x80) continue;
    let need;
    if (b >= 0xC2 && b <= 0xDF) need = 2;
    else if (b >= 0xE0 && b <= 0xEF) need = 3;
    else if (b >= 0xF0 && b <= 0xF4) need = 4;
    else return 0;
    const have = len - i;
    if (have >= need) return 0;
    if (have >= 2) {
      const c = bytes[i + 1];
      let lo = 0x80;
      let hi = 0xBF;
      if (b === 0xE0) lo = 0xA0;
      else if (b === 0xED) hi = 0x9F;
      else if (b === 0xF0) lo = 0x90;
      else if (b === 0xF4) hi = 0x8F;
      if (c < lo || c > hi) return 0;
    }
    return have;
  }
  return 0;
}

let hasEncoderBrand;
function isTextEncoder(value) {
  return value !== null && typeof value === 'object' && hasEncoderBrand(value);
}

class TextEncoder {
  #brand = true;

  static {
    hasEncoderBrand = (value) => #brand in value;
  }

  get encoding() {
    if (!isTextEncoder(this)) {
      throw new ERR_INVALID_THIS('TextEncoder');
    }
    return 'utf-8';
  }

  encode(input = '') {
    if (!isTextEncoder(this)) {
      throw new ERR_INVALID_THIS('TextEncoder');
    }
    let str = `${input}`;
    // Lone surrogates encode as U+FFFD; the binding takes only well-formed strings.
    if (!str.isWellFormed()) str = str.toWellFormed();
    return lazyBinding().encodeUtf8(str);
  }

  encodeInto(src, dest) {
    if (!isTextEncoder(this)) {
      throw new ERR_INVALID_THIS('TextEncoder');
    }
    validateString(src, 'src');
    if (typedArrayTag.call(dest) !== 'Uint8Array') {
      throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    }
    const available = dest.length;
    let read = 0;
    let written = 0;
    const len = src.length;
    while (read < len) {
      let c = src.charCodeAt(read);
      let units = 1;
      if (c >= 0xD800 && c <= 0xDBFF && read + 1 < len) {
        const d = src.charCodeAt(read + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
          c = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
          units = 2;
        } else {
          c = 0xFFFD;
        }
      } else if (c >= 0xD800 && c <= 0xDFFF) {
        c = 0xFFFD;
      }
      if (c < 0x80) {
        if (written + 1 > available) break;
        dest[written++] = c;
      } else if (c < 0x800) {
        if (written + 2 > available) break;
        dest[written++] = 0xC0 | (c >> 6);
        dest[written++] = 0x80 | (c & 0x3F);
      } else if (c < 0x10000) {
        if (written + 3 > available) break;
        dest[written++] = 0xE0 | (c >> 12);
        dest[written++] = 0x80 | ((c >> 6) & 0x3F);
        dest[written++] = 0x80 | (c & 0x3F);
      } else {
        if (written + 4 > available) break;
        dest[written++] = 0xF0 | (c >> 18);
        dest[written++] = 0x80 | ((c >> 12) & 0x3F);
        dest[written++] = 0x80 | ((c >> 6) & 0x3F);
        dest[written++] = 0x80 | (c & 0x3F);
      }
      read += units;
    }
    return { read, written };
  }

  [customInspect](depth, opts, inspect) {
    if (!isTextEncoder(this)) {
      throw new ERR_INVALID_THIS('TextEncoder');
    }
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = { encoding: this.encoding };
    return typeof inspect === 'function' ? inspect(obj, opts) : obj;
  }
}

Object.defineProperties(TextEncoder.prototype, {
  encode: { enumerable: true },
  encodeInto: { enumerable: true },
  encoding: { enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
});

function checkDecoder(self) {
  if (self === null || typeof self !== 'object') throw new ERR_INVALID_THIS('TextDecoder');
  const state = decoderState(self);
  if (state === undefined) throw new ERR_INVALID_THIS('TextDecoder');
  return state;
}

let decoderState;
class TextDecoder {
  #state;

  static {
    decoderState = (value) => (#state in value ? value.#state : undefined);
  }

  constructor(encoding = 'utf-8', options = undefined) {
    encoding = `${encoding}`;
    if (options !== undefined) validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    this.#state = {
      encoding: enc,
      fatal: Boolean(options?.fatal),
      ignoreBOM: Boolean(options?.ignoreBOM),
      // Stream state: bytes held back, and whether output has started.
      pending: null,
      started: false,
    };
  }

  decode(input = new Uint8Array(0), options = undefined) {
    const state = checkDecoder(this);
    if (!isAnyArrayBuffer(input) && !ArrayBuffer.isView(input)) {
      throw nativeError(
        TypeError,
        'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.',
        'ERR_INVALID_ARG_TYPE');
    }
    if (options !== undefined) validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const stream = Boolean(options?.stream);
    let bytes = toUint8(input);
    if (state.pending !== null) {
      bytes = concatBytes(state.pending, bytes);
      state.pending = null;
    }
    let result;
    try {
      switch (state.encoding) {
        case 'utf-8':
          result = decodeUtf8(state, bytes, stream);
          break;
        case 'utf-16le':
          result = decodeUtf16(state, bytes, stream, false);
          break;
        case 'utf-16be':
          result = decodeUtf16(state, bytes, stream, true);
          break;
        case 'x-user-defined':
          result = decodeUserDefined(bytes);
          break;
        default:
          result = decodeLatin1(bytes);
          break;
      }
    } catch (err) {
      state.pending = null;
      state.started = false;
      throw err;
    }
    if (stream) {
      if (result.length > 0) state.started = true;
    } else {
      state.started = false;
      state.pending = null;
    }
    return result;
  }

  get encoding() {
    return checkDecoder(this).encoding;
  }

  get fatal() {
    return checkDecoder(this).fatal;
  }

  get ignoreBOM() {
    return checkDecoder(this).ignoreBOM;
  }

  [customInspect](depth, opts, inspect) {
    const state = checkDecoder(this);
    if (typeof depth === 'number' && depth < 0) return '[TextDecoder]';
    // An instance (so inspect names it TextDecoder) with plain own fields.
    const obj = Object.create(TextDecoder.prototype);
    const field = (value) => ({ __proto__: null, value, writable: true, enumerable: true, configurable: true });
    Object.defineProperty(obj, 'encoding', field(state.encoding));
    Object.defineProperty(obj, 'fatal', field(state.fatal));
    Object.defineProperty(obj, 'ignoreBOM', field(state.ignoreBOM));
    if (typeof inspect !== 'function') return obj;
    return inspect(obj, { ...opts, customInspect: false });
  }
}

Object.defineProperties(TextDecoder.prototype, {
  decode: { enumerable: true },
  encoding: { enumerable: true },
  fatal: { enumerable: true },
  ignoreBOM: { enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});

function decodeUtf8(state, bytes, stream) {
  if (stream) {
    const tail = incompleteUtf8Tail(bytes);
    if (tail > 0) {
      state.pending = bytes.slice(bytes.length - tail);
      bytes = bytes.subarray(0, bytes.length - tail);
    }
  } else if (state.fatal && incompleteUtf8Tail(bytes) > 0) {
    throw invalidEncodedData('utf-8');
  }
  if (bytes.length === 0) return '';
  // A BOM is only a BOM at the very start of the stream.
  const ignoreBOM = state.ignoreBOM || state.started;
  try {
    return lazyBinding().decodeUtf8(bytes, ignoreBOM, state.fatal);
  } catch (err) {
    if (err?.code === 'ERR_ENCODING_INVALID_ENCODED_DATA') throw invalidEncodedData('utf-8');
    throw err;
  }
}

function decodeUtf16(state, bytes, stream, bigEndian) {
  const len = bytes.length;
  const end = len - (len & 1);
  let i = 0;
  if (!state.ignoreBOM && !state.started) {
    const b0 = bigEndian ? 0xFE : 0xFF;
    const b1 = bigEndian ? 0xFF : 0xFE;
    if (end >= 2 && bytes[0] === b0 && bytes[1] === b1) {
      i = 2;
    } else if (stream && len === 1 && bytes[0] === b0) {
      // Could still become a BOM: wait for the next byte.
      state.pending = bytes.slice();
      return '';
    }
  }
  let out = '';
  const parts = [];
  let heldBack = false;
  for (; i < end; i += 2) {
    const unit = bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8);
    if (unit >= 0xD800 && unit <= 0xDBFF) {
      if (i + 2 < end) {
        const next = bigEndian ? (bytes[i + 2] << 8) | bytes[i + 3] :
          bytes[i + 2] | (bytes[i + 3] << 8);
        if (next >= 0xDC00 && next <= 0xDFFF) {
          parts.push(unit, next);
          i += 2;
          continue;
        }
      } else if (stream) {
        // A high surrogate at the end may be completed by the next chunk.
        state.pending = bytes.slice(i);
        heldBack = true;
        break;
      }
      if (state.fatal) throw invalidEncodedData(state.encoding);
      parts.push(0xFFFD);
    } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
      if (state.fatal) throw invalidEncodedData(state.encoding);
      parts.push(0xFFFD);
    } else {
      parts.push(unit);
    }
    if (parts.length >= 8192) {
      out += String.fromCharCode.apply(null, parts);
      parts.length = 0;
    }
  }
  if (parts.length > 0) out += String.fromCharCode.apply(null, parts);
  if ((len & 1) && !heldBack) {
    if (stream) {
      state.pending = bytes.slice(len - 1);
    } else {
      if (state.fatal) throw invalidEncodedData(state.encoding);
      out += '\ufffd';
    }
  }
  return out;
}

function decodeUserDefined(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    out += String.fromCharCode(b < 0x80 ? b : 0xF780 + b - 0x80);
  }
  return out;
}

function decodeLatin1(bytes) {
  let out = '';
  const parts = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    parts.push(b >= 0x80 && b <= 0x9F ? cp1252High[b - 0x80] : b);
    if (parts.length >= 8192) {
      out += String.fromCharCode.apply(null, parts);
      parts.length = 0;
    }
  }
  if (parts.length > 0) out += String.fromCharCode.apply(null, parts);
  return out;
}

module.exports = {
  getEncodingFromLabel,
  TextDecoder,
  TextEncoder,
};
