// Buffer: a Uint8Array subclass. Encoding and comparison loops are native
// (internalBinding('buffer')); argument handling follows Node's lib/buffer.js.

const binding = internalBinding('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_ENCODING,
           ERR_BUFFER_OUT_OF_BOUNDS, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateNumber, validateInteger } = require('internal/validators');

const kMaxLength = 2 ** 53 - 1;
const kStringMaxLength = 2 ** 29 - 24;
const INSPECT_MAX_BYTES = 50;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (`${enc}`.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    case '': return 'utf8';
    default: return undefined;
  }
}

function getEncoding(encoding) {
  const e = normalizeEncoding(encoding);
  if (e === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return e;
}

function Buffer(arg, encodingOrOffset, length) {
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  get() { return FastBuffer; },
  enumerable: false,
  configurable: true,
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 8 * 1024;

function fromString(string, encoding) {
  const enc = getEncoding(encoding);
  if (enc === 'utf8' && string.length === 0) return new FastBuffer();
  return new FastBuffer(binding.encode(string, enc));
}

function fromArrayLike(obj) {
  const len = obj.length >>> 0;
  const b = new FastBuffer(len);
  for (let i = 0; i < len; i++) b[i] = obj[i];
  return b;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer)) {
      const byteOffset = encodingOrOffset === undefined ? 0 : +encodingOrOffset || 0;
      const maxLength = value.byteLength - byteOffset;
      if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
      let len = length === undefined ? maxLength : +length || 0;
      if (len > 0 && len > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
      if (len < 0) len = 0;
      return new FastBuffer(value, byteOffset, len);
    }
    if (ArrayBuffer.isView(value)) {
      if (value instanceof Uint8Array) {
        const b = new FastBuffer(value.length);
        b.set(value);
        return b;
      }
      return fromArrayLike(value);
    }
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    if (value.length !== undefined || value instanceof ArrayBuffer) {
      if (typeof value.length !== 'number') return new FastBuffer();
      return fromArrayLike(value);
    }
    if (value.type === 'Buffer' && Array.isArray(value.data)) return fromArrayLike(value.data);
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE(
    'first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'],
    value);
};

Buffer.of = function of(...items) {
  return fromArrayLike(items);
};

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  const b = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) b.fill(fill, encoding);
  return b;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return new FastBuffer(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return new FastBuffer(size);
};

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};

Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || string instanceof ArrayBuffer ||
        (typeof SharedArrayBuffer !== 'undefined' && string instanceof SharedArrayBuffer)) {
      return string.byteLength;
    }
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const enc = normalizeEncoding(encoding) || 'utf8';
  return binding.byteLength(string, enc);
};

Buffer.compare = function compare(buf1, buf2) {
  if (!(buf1 instanceof Uint8Array)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!(buf2 instanceof Uint8Array)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateInteger(length, 'length', 0);
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!(buf instanceof Uint8Array)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    const n = Math.min(buf.length, length - pos);
    if (n <= 0) break;
    buffer.set(n === buf.length ? buf : buf.subarray(0, n), pos);
    pos += n;
  }
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
};

const proto = Buffer.prototype;

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return binding.decode(this, 'utf8', 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return binding.decode(this, 'utf8', start, end);
  return binding.decode(this, getEncoding(encoding), start, end);
};

proto.toLocaleString = proto.toString;

proto.equals = function equals(otherBuffer) {
  if (!(otherBuffer instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || binding.compare(this, otherBuffer) === 0;
};

proto.compare = function compare(target, targetStart = 0, targetEnd = target.length,
                                 sourceStart = 0, sourceEnd = this.length) {
  if (!(target instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  return binding.compare(this.subarray(sourceStart, sourceEnd),
                         target.subarray(targetStart, targetEnd));
};

proto.toJSON = function toJSON() {
  return { type: 'Buffer', data: Array.from(this) };
};

proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

proto.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string') throw new ERR_INVALID_ARG_TYPE('argument', 'string', string);
  if (offset === undefined) {
    encoding = 'utf8'; length = this.length; offset = 0;
  } else if (length === undefined && typeof offset === 'string') {
    encoding = offset; length = this.length; offset = 0;
  } else {
    validateInteger(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateInteger(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  const enc = getEncoding(encoding);
  let bytes = new Uint8Array(binding.encode(string, enc));
  if (bytes.length > length) {
    bytes = bytes.subarray(0, length);
    if (enc === 'utf8') {
      // Never write a partial UTF-8 character.
      let end = bytes.length;
      let i = end - 1;
      while (i >= 0 && (bytes[i] & 0xC0) === 0x80) i--;
      if (i >= 0) {
        const lead = bytes[i];
        const need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (end - i < need) end = i;
      }
      bytes = bytes.subarray(0, end);
    }
  }
  this.set(bytes, offset);
  return bytes.length;
};

proto.fill = function fill(value, offset, end, encoding) {
  if (typeof offset === 'string') {
    encoding = offset; offset = 0; end = this.length;
  } else if (typeof end === 'string') {
    encoding = end; end = this.length;
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  if (end === undefined) end = this.length;
  else validateInteger(end, 'end', 0, this.length);
  if (offset >= end) return this;
  if (typeof value === 'number' || typeof value === 'boolean') {
    Uint8Array.prototype.fill.call(this, value & 255, offset, end);
    return this;
  }
  let bytes;
  if (typeof value === 'string') {
    const enc = getEncoding(encoding);
    if (value.length === 0) {
      Uint8Array.prototype.fill.call(this, 0, offset, end);
      return this;
    }
    bytes = new Uint8Array(binding.encode(value, enc));
    if (bytes.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  } else if (value instanceof Uint8Array) {
    bytes = value;
  } else {
    Uint8Array.prototype.fill.call(this, +value & 255, offset, end);
    return this;
  }
  // Write the pattern once, then double the filled span with native copies.
  const first = Math.min(bytes.length, end - offset);
  this.set(first === bytes.length ? bytes : bytes.subarray(0, first), offset);
  let filled = first;
  while (offset + filled < end) {
    const n = Math.min(filled, end - offset - filled);
    this.copyWithin(offset + filled, offset, offset + n);
    filled += n;
  }
  return this;
};

proto.copy = function copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
  if (!(target instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (sourceEnd > this.length) sourceEnd = this.length;
  const n = Math.min(sourceEnd - sourceStart, target.length - targetStart);
  if (n <= 0) return 0;
  target.set(this.subarray(sourceStart, sourceStart + n), targetStart);
  return n;
};

proto.indexOf = function indexOf(value, byteOffset = 0, encoding) {
  if (typeof value === 'number') return Uint8Array.prototype.indexOf.call(this, value & 255, byteOffset);
  const needle = typeof value === 'string' ? Buffer.from(value, encoding) : value;
  if (byteOffset < 0) byteOffset = Math.max(0, this.length + byteOffset);
  if (needle.length === 0) return byteOffset <= this.length ? byteOffset : this.length;
  outer: for (let i = byteOffset; i <= this.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (this[i + j] !== needle[j]) continue outer;
    }
    return i;
  }
  return -1;
};

proto.includes = function includes(value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
};

function checkOffset(buf, offset, byteLength) {
  if (offset === undefined) offset = 0;
  validateInteger(offset, 'offset', 0);
  if (offset + byteLength > buf.length) {
    if (buf.length - byteLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 and <= ${buf.length - byteLength}`, offset);
  }
  return offset;
}

function view(buf) {
  return new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

const readers = {
  UInt8: [1, (d, o) => d.getUint8(o)], Int8: [1, (d, o) => d.getInt8(o)],
  UInt16LE: [2, (d, o) => d.getUint16(o, true)], UInt16BE: [2, (d, o) => d.getUint16(o)],
  Int16LE: [2, (d, o) => d.getInt16(o, true)], Int16BE: [2, (d, o) => d.getInt16(o)],
  UInt32LE: [4, (d, o) => d.getUint32(o, true)], UInt32BE: [4, (d, o) => d.getUint32(o)],
  Int32LE: [4, (d, o) => d.getInt32(o, true)], Int32BE: [4, (d, o) => d.getInt32(o)],
  FloatLE: [4, (d, o) => d.getFloat32(o, true)], FloatBE: [4, (d, o) => d.getFloat32(o)],
  DoubleLE: [8, (d, o) => d.getFloat64(o, true)], DoubleBE: [8, (d, o) => d.getFloat64(o)],
  BigInt64LE: [8, (d, o) => d.getBigInt64(o, true)], BigInt64BE: [8, (d, o) => d.getBigInt64(o)],
  BigUInt64LE: [8, (d, o) => d.getBigUint64(o, true)], BigUInt64BE: [8, (d, o) => d.getBigUint64(o)],
};
for (const name of Object.keys(readers)) {
  const [size, get] = readers[name];
  const fn = function(offset) {
    offset = checkOffset(this, offset, size);
    return get(view(this), offset);
  };
  Object.defineProperty(fn, 'name', { value: `read${name}` });
  proto[`read${name}`] = fn;
  if (name.startsWith('UInt')) proto[`readUint${name.slice(4)}`] = fn;
  if (name.startsWith('BigUInt')) proto[`readBigUint${name.slice(7)}`] = fn;
}

const writers = {
  UInt8: [1, 0, 255, (d, o, v) => d.setUint8(o, v)],
  Int8: [1, -128, 127, (d, o, v) => d.setInt8(o, v)],
  UInt16LE: [2, 0, 0xffff, (d, o, v) => d.setUint16(o, v, true)],
  UInt16BE: [2, 0, 0xffff, (d, o, v) => d.setUint16(o, v)],
  Int16LE: [2, -0x8000, 0x7fff, (d, o, v) => d.setInt16(o, v, true)],
  Int16BE: [2, -0x8000, 0x7fff, (d, o, v) => d.setInt16(o, v)],
  UInt32LE: [4, 0, 0xffffffff, (d, o, v) => d.setUint32(o, v, true)],
  UInt32BE: [4, 0, 0xffffffff, (d, o, v) => d.setUint32(o, v)],
  Int32LE: [4, -0x80000000, 0x7fffffff, (d, o, v) => d.setInt32(o, v, true)],
  Int32BE: [4, -0x80000000, 0x7fffffff, (d, o, v) => d.setInt32(o, v)],
  FloatLE: [4, null, null, (d, o, v) => d.setFloat32(o, v, true)],
  FloatBE: [4, null, null, (d, o, v) => d.setFloat32(o, v)],
  DoubleLE: [8, null, null, (d, o, v) => d.setFloat64(o, v, true)],
  DoubleBE: [8, null, null, (d, o, v) => d.setFloat64(o, v)],
};
for (const name of Object.keys(writers)) {
  const [size, min, max, set] = writers[name];
  const fn = function(value, offset) {
    offset = checkOffset(this, offset, size);
    value = +value;
    if (min !== null && (value < min || value > max)) {
      const range = size > 1 && min === 0 ? `>= 0 and <= ${max}` :
        size > 1 ? `>= -(2 ** ${size * 8 - 1}) and < 2 ** ${size * 8 - 1}` : `>= ${min} and <= ${max}`;
      throw new ERR_OUT_OF_RANGE('value', range, value);
    }
    set(view(this), offset, value);
    return offset + size;
  };
  Object.defineProperty(fn, 'name', { value: `write${name}` });
  proto[`write${name}`] = fn;
  if (name.startsWith('UInt')) proto[`writeUint${name.slice(4)}`] = fn;
}

for (const enc of ['utf8', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'ucs2', 'utf16le']) {
  proto[`${enc}Slice`] = function(start = 0, end = this.length) {
    return binding.decode(this, normalizeEncoding(enc), start, end);
  };
  proto[`${enc}Write`] = function(string, offset = 0, length = this.length - offset) {
    return this.write(string, offset, length, enc);
  };
}

proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = module.exports.INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = binding.decode(this, 'hex', 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    let extras = false;
    const obj = { __proto__: null };
    for (const key of Object.keys(this)) {
      if (/^\d+$/.test(key)) continue;
      extras = true;
      obj[key] = this[key];
    }
    if (extras) {
      const { inspect: utilInspect } = require('internal/util/inspect');
      if (this.length !== 0) str += ', ';
      str += utilInspect(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspectSymbol];

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) {
      const { DOMException } = require('internal/per_context/domexception');
      throw new DOMException('Invalid character', 'InvalidCharacterError');
    }
  }
  const bytes = new FastBuffer(binding.encode(input, 'latin1'));
  return binding.decode(bytes, 'base64', 0, bytes.length);
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`.replace(/[\t\n\f\r ]/g, '');
  let bad = input.length % 4 === 1 || /[^A-Za-z0-9+/=]/.test(input) || /=[^=]/.test(input) ||
    /={3,}$/.test(input);
  if (!bad && input.length % 4 === 0 && input.endsWith('=')) bad = false;
  if (!bad && input.includes('=') && input.length % 4 !== 0) bad = true;
  if (bad) {
    const { DOMException } = require('internal/per_context/domexception');
    throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  const bytes = new FastBuffer(binding.encode(input, 'base64'));
  return binding.decode(bytes, 'latin1', 0, bytes.length);
}

module.exports = {
  Buffer,
  SlowBuffer: Buffer.allocUnsafeSlow,
  FastBuffer,
  kMaxLength,
  kStringMaxLength,
  INSPECT_MAX_BYTES,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  atob,
  btoa,
  normalizeEncoding,
};
