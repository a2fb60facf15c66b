// The WHATWG URL and URLSearchParams classes. Parsing and the setters' rules are native
// (internalBinding('url'), the URL Standard); this file holds the API's shape.

const binding = internalBinding('url');
const {
  codes: { ERR_INVALID_URL, ERR_MISSING_ARGS, ERR_INVALID_THIS, ERR_INVALID_ARG_TYPE, ERR_ARG_NOT_ITERABLE,
           ERR_INVALID_TUPLE },
} = require('internal/errors');

const kParts = Symbol('parts');
const kSearchParams = Symbol('searchParams');
const kUrl = Symbol('url');
const kList = Symbol('list');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// Indexes into the parts array the binding returns.
const HREF = 0, ORIGIN = 1, PROTOCOL = 2, USERNAME = 3, PASSWORD = 4, HOST = 5, HOSTNAME = 6,
  PORT = 7, PATHNAME = 8, SEARCH = 9, HASH = 10;

function toUSVString(v) {
  return `${v}`.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function isURL(self) {
  return self != null && self[kParts] !== undefined;
}

function checkThis(self) {
  if (!isURL(self)) throw new ERR_INVALID_THIS('URL');
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const parts = binding.parse(input, base);
    if (parts === null) throw new ERR_INVALID_URL(input, base);
    this[kParts] = parts;
    this[kSearchParams] = undefined;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    return binding.canParse(`${input}`, base === undefined ? undefined : `${base}`);
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const parts = binding.parse(`${input}`, base === undefined ? undefined : `${base}`);
    if (parts === null) return null;
    const u = Object.create(URL.prototype);
    u[kParts] = parts;
    u[kSearchParams] = undefined;
    return u;
  }

  get href() { checkThis(this); return this[kParts][HREF]; }
  set href(v) {
    checkThis(this);
    v = toUSVString(v);
    const parts = binding.parse(v);
    if (parts === null) throw new ERR_INVALID_URL(v);
    this[kParts] = parts;
    if (this[kSearchParams] !== undefined) this[kSearchParams][kList] = parseParams(parts[SEARCH]);
  }
  get origin() { checkThis(this); return this[kParts][ORIGIN]; }
  get protocol() { checkThis(this); return this[kParts][PROTOCOL]; }
  set protocol(v) { checkThis(this); urlUpdate(this, 'protocol', v); }
  get username() { checkThis(this); return this[kParts][USERNAME]; }
  set username(v) { checkThis(this); urlUpdate(this, 'username', v); }
  get password() { checkThis(this); return this[kParts][PASSWORD]; }
  set password(v) { checkThis(this); urlUpdate(this, 'password', v); }
  get host() { checkThis(this); return this[kParts][HOST]; }
  set host(v) { checkThis(this); urlUpdate(this, 'host', v); }
  get hostname() { checkThis(this); return this[kParts][HOSTNAME]; }
  set hostname(v) { checkThis(this); urlUpdate(this, 'hostname', v); }
  get port() { checkThis(this); return this[kParts][PORT]; }
  set port(v) { checkThis(this); urlUpdate(this, 'port', v); }
  get pathname() { checkThis(this); return this[kParts][PATHNAME]; }
  set pathname(v) { checkThis(this); urlUpdate(this, 'pathname', v); }
  get search() { checkThis(this); return this[kParts][SEARCH]; }
  set search(v) { checkThis(this); urlUpdate(this, 'search', v); }
  get hash() { checkThis(this); return this[kParts][HASH]; }
  set hash(v) { checkThis(this); urlUpdate(this, 'hash', v); }
  get searchParams() {
    checkThis(this);
    if (this[kSearchParams] === undefined) {
      const sp = new URLSearchParams();
      sp[kList] = parseParams(this[kParts][SEARCH]);
      sp[kUrl] = this;
      this[kSearchParams] = sp;
    }
    return this[kSearchParams];
  }
  toString() { checkThis(this); return this[kParts][HREF]; }
  toJSON() { checkThis(this); return this[kParts][HREF]; }

  [customInspect](depth, opts, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    return `${this.constructor.name} ${inspect(obj, { ...opts, depth })}`;
  }

  static createObjectURL() {
    throw require('internal/not_implemented').notImplemented('URL.createObjectURL()');
  }
  static revokeObjectURL() {}
}
// Applies one of the URL Standard's setters natively; invalid values change nothing.
function urlUpdate(url, field, value) {
  const parts = binding.update(url[kParts][HREF], field, toUSVString(value));
  if (parts !== null) {
    url[kParts] = parts;
    if (url[kSearchParams] !== undefined) url[kSearchParams][kList] = parseParams(parts[SEARCH]);
  }
}
// The URL's attributes are enumerable accessors, as in Node.
for (const name of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
                    'pathname', 'search', 'searchParams', 'hash', 'toString', 'toJSON']) {
  const d = Object.getOwnPropertyDescriptor(URL.prototype, name);
  d.enumerable = true;
  Object.defineProperty(URL.prototype, name, d);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

// ---- URLSearchParams ---------------------------------------------------------------

function decodeComponent(s) {
  s = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(s);
  } catch {
    return s.replace(/%([0-9a-fA-F]{2})/g, (m, h) => String.fromCharCode(parseInt(h, 16)));
  }
}

function parseParams(query) {
  const list = [];
  if (query.startsWith('?')) query = query.slice(1);
  if (query === '') return list;
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? '' : part.slice(eq + 1);
    list.push(decodeComponent(name), decodeComponent(value));
  }
  return list;
}

// application/x-www-form-urlencoded serializer.
function encodeComponent(s) {
  const bytes = require('buffer').Buffer.from(s, 'utf8');
  let out = '';
  for (const b of bytes) {
    if ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) ||
        b === 0x2a || b === 0x2d || b === 0x2e || b === 0x5f) {
      out += String.fromCharCode(b);
    } else if (b === 0x20) {
      out += '+';
    } else {
      out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}

function serializeParams(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += `${encodeComponent(list[i])}=${encodeComponent(list[i + 1])}`;
  }
  return out;
}

function checkParams(self) {
  if (self == null || self[kList] === undefined) throw new ERR_INVALID_THIS('URLSearchParams');
}

class URLSearchParams {
  constructor(init = undefined) {
    this[kList] = [];
    this[kUrl] = null;
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && init[kList] !== undefined) {
        this[kList] = init[kList].slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if (pair == null || typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const arr = Array.from(pair);
          if (arr.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this[kList].push(toUSVString(arr[0]), toUSVString(arr[1]));
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string') continue;
          const d = Reflect.getOwnPropertyDescriptor(init, key);
          if (d !== undefined && d.enumerable) this[kList].push(toUSVString(key), toUSVString(init[key]));
        }
      }
    } else {
      this[kList] = parseParams(toUSVString(init));
    }
  }

  get size() { checkParams(this); return this[kList].length / 2; }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this[kList].push(toUSVString(name), toUSVString(value));
    syncParams(this);
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    const hasValue = value !== undefined;
    if (hasValue) value = toUSVString(value);
    for (let i = 0; i < list.length;) {
      if (list[i] === name && (!hasValue || list[i + 1] === value)) list.splice(i, 2);
      else i += 2;
    }
    syncParams(this);
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    const out = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) out.push(list[i + 1]);
    return out;
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSVString(name);
    const hasValue = value !== undefined;
    if (hasValue) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (!hasValue || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this[kList];
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    syncParams(this);
  }

  sort() {
    checkParams(this);
    const list = this[kList];
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Stable sort by UTF-16 code units of the names.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this[kList] = pairs.flat();
    syncParams(this);
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    let list = this[kList];
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this[kList];
    }
  }

  *entries() { checkParams(this); const l = this[kList]; for (let i = 0; i < l.length; i += 2) yield [l[i], l[i + 1]]; }
  *keys() { checkParams(this); const l = this[kList]; for (let i = 0; i < l.length; i += 2) yield l[i]; }
  *values() { checkParams(this); const l = this[kList]; for (let i = 0; i < l.length; i += 2) yield l[i + 1]; }

  toString() { checkParams(this); return serializeParams(this[kList]); }

  [customInspect](depth, options, inspect) {
    checkParams(this);
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const list = this[kList];
    const parts = [];
    for (let i = 0; i < list.length; i += 2) {
      parts.push(`${inspect(list[i], options)} => ${inspect(list[i + 1], options)}`);
    }
    const total = parts.reduce((n, p) => n + p.length + 2, 0);
    if (parts.length === 0) return 'URLSearchParams {}';
    if (total + 18 > (options.breakLength ?? 80)) {
      return `URLSearchParams {\n  ${parts.join(',\n  ')} }`;
    }
    return `URLSearchParams { ${parts.join(', ')} }`;
  }
}
function syncParams(sp) {
  const url = sp[kUrl];
  if (url) {
    const s = serializeParams(sp[kList]);
    url[kParts] = binding.update(url[kParts][HREF], 'search', s) || url[kParts];
  }
}
URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true,
});

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(`${domain}`);
}

module.exports = { URL, URLSearchParams, domainToASCII, domainToUnicode, isURL, toUSVString };
