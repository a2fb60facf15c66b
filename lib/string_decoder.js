// The `string_decoder` builtin: StringDecoder turns a sequence of byte chunks
// into strings without splitting multi-byte characters across chunk edges.
//
// The decoder's state lives in a 7-byte Buffer laid out as Node's native
// decoder lays it out (bytes 0-3 the incomplete character, 4 bytes still
// missing, 5 bytes buffered, 6 the encoding id), because that Buffer is what
// util.inspect shows and what lastChar/lastNeed/lastTotal expose.

const { Buffer, kStringMaxLength } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_STRING_TOO_LONG, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const { normalizeEncoding: normalizeEncodingRaw } = require('internal/util');

const originalIsEncoding = Buffer.isEncoding;

const { decode: rawDecode } = internalBinding('buffer');

const kNativeDecoder = Symbol('kNativeDecoder');

const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;

// Encoding ids as Node's native layer numbers them (visible through inspect).
const ASCII = 0;
const UTF8 = 1;
const BASE64 = 2;
const UCS2 = 3;
const LATIN1 = 4;
const HEX = 5;
const BASE64URL = 7;

const encodingIds = {
  __proto__: null,
  ascii: ASCII,
  utf8: UTF8,
  base64: BASE64,
  utf16le: UCS2,
  latin1: LATIN1,
  hex: HEX,
  base64url: BASE64URL,
};
const encodingNames = ['ascii', 'utf8', 'base64', 'utf16le', 'latin1', 'hex', 'buffer', 'base64url'];

function normalizeEncoding(enc) {
  const nenc = normalizeEncodingRaw(enc);
  if (nenc === undefined) {
    // Only a user-replaced Buffer.isEncoding can admit more encodings.
    if (Buffer.isEncoding === originalIsEncoding || !Buffer.isEncoding(enc)) {
      throw new ERR_UNKNOWN_ENCODING(enc);
    }
    return enc;
  }
  return nenc;
}

function toBytes(buf) {
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function makeString(bytes, start, end, id) {
  if (end <= start) return '';
  if (end - start > kStringMaxLength >>> 2 && decodedLength(bytes, start, end, id) > kStringMaxLength) {
    throw new ERR_STRING_TOO_LONG();
  }
  if (id === UCS2) return decodeUcs2(bytes, start, end);
  return rawDecode(bytes, encodingNames[id], start, end);
}

// Length of the string that decoding would produce (only computed for very
// large inputs, to report ERR_STRING_TOO_LONG as Node does).
function decodedLength(bytes, start, end, id) {
  const n = end - start;
  switch (id) {
    case HEX: return n * 2;
    case BASE64: return Math.ceil(n / 3) * 4;
    case BASE64URL: return Math.ceil(n * 4 / 3);
    case UCS2: return n >>> 1;
    case UTF8: {
      let units = 0;
      for (let i = start; i < end; i++) {
        const b = bytes[i];
        if ((b & 0xC0) !== 0x80) units += b >= 0xF0 ? 2 : 1;
      }
      return units;
    }
    default: return n;
  }
}

// UTF-16LE is decoded here: a chunk edge may leave a lone surrogate, which
// must come out as is (the native decoder substitutes U+FFFD).
const kUcs2Batch = 4096;
function decodeUcs2(bytes, start, end) {
  end -= (end - start) & 1;
  let out = '';
  const units = [];
  for (let i = start; i < end; i += 2) {
    units.push(bytes[i] | (bytes[i + 1] << 8));
    if (units.length === kUcs2Batch) {
      out += String.fromCharCode.apply(null, units);
      units.length = 0;
    }
  }
  if (units.length > 0) out += String.fromCharCode.apply(null, units);
  return out;
}

// Decodes one chunk; keeps the tail of an unfinished character in `state`.
function decodeChunk(state, data) {
  const id = state[kEncodingField];
  let start = 0;
  let end = data.length;
  if (id !== UTF8 && id !== UCS2 && id !== BASE64 && id !== BASE64URL) {
    return makeString(data, 0, end, id);
  }

  let prefix = '';
  if (state[kMissingBytes] > 0) {
    if (id === UTF8) {
      // A byte that is not a continuation byte ends the pending character
      // early; it is then decoded (as invalid) on its own and the new byte
      // starts afresh.
      const lim = Math.min(end, state[kMissingBytes]);
      for (let i = 0; i < lim; i++) {
        if ((data[i] & 0xC0) !== 0x80) {
          state[kMissingBytes] = 0;
          for (let j = 0; j < i; j++) state[state[kBufferedBytes] + j] = data[j];
          state[kBufferedBytes] += i;
          start += i;
          break;
        }
      }
    }
    const take = Math.min(end - start, state[kMissingBytes]);
    for (let j = 0; j < take; j++) state[state[kBufferedBytes] + j] = data[start + j];
    start += take;
    state[kMissingBytes] -= take;
    state[kBufferedBytes] += take;
    if (state[kMissingBytes] === 0) {
      prefix = makeString(state, 0, state[kBufferedBytes], id);
      state[kBufferedBytes] = 0;
    }
  }

  if (start === end) return prefix;

  // Find a character that the chunk cuts off and keep it for next time.
  let keep = 0;
  if (id === UTF8) {
    if (data[end - 1] & 0x80) {
      for (let i = end - 1; ; i--) {
        keep++;
        const b = data[i];
        if ((b & 0xC0) === 0x80) {
          if (keep >= 4 || i === start) {
            keep = 0;
            break;
          }
          continue;
        }
        let need;
        if ((b & 0xE0) === 0xC0) need = 2;
        else if ((b & 0xF0) === 0xE0) need = 3;
        else if ((b & 0xF8) === 0xF0) need = 4;
        else {
          keep = 0;
          break;
        }
        if (keep >= need) {
          keep = 0;
        } else {
          state[kMissingBytes] = need - keep;
        }
        break;
      }
    }
  } else if (id === UCS2) {
    const n = end - start;
    if (n % 2 === 1) {
      keep = 1;
      state[kMissingBytes] = 1;
    } else if ((data[end - 1] & 0xFC) === 0xD8) {
      keep = 2;
      state[kMissingBytes] = 2;
    }
  } else {
    keep = (end - start) % 3;
    if (keep > 0) state[kMissingBytes] = 3 - keep;
  }

  if (keep > 0) {
    end -= keep;
    for (let j = 0; j < keep; j++) state[j] = data[end + j];
    state[kBufferedBytes] = keep;
  }
  const body = makeString(data, start, end, id);
  return prefix === '' ? body : prefix + body;
}

function flush(state) {
  const id = state[kEncodingField];
  if (id === UCS2 && state[kBufferedBytes] % 2 === 1) {
    // A lone trailing byte of UTF-16 is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  const n = state[kBufferedBytes];
  if (n === 0) return '';
  const out = makeString(state, 0, n, id);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return out;
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  const state = Buffer.alloc(7);
  state[kEncodingField] = encodingIds[this.encoding];
  this[kNativeDecoder] = state;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  const state = this[kNativeDecoder];
  if (!state) throw new ERR_INVALID_THIS('StringDecoder');
  return decodeChunk(state, toBytes(buf));
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this[kNativeDecoder]);
  return ret;
};

// Legacy: decodes `buf` from `offset`, forgetting any pending character.
StringDecoder.prototype.text = function text(buf, offset) {
  const state = this[kNativeDecoder];
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(0, 4);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

module.exports = { StringDecoder };
