// The `url` module: the WHATWG URL API, file-URL helpers, and the legacy
// url.parse/format/resolve API.

const { URL, URLSearchParams, domainToASCII, domainToUnicode } = require('internal/whatwg_url');
const { pathToFileURL, fileURLToPath } = require('internal/url');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher',
  'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new ERR_INVALID_ARG_TYPE('url', 'string', url);
  let rest = url.trim();
  const hashIdx = rest.indexOf('#');
  if (hashIdx !== -1) {
    this.hash = rest.slice(hashIdx);
    rest = rest.slice(0, hashIdx);
  }
  const qIdx = rest.indexOf('?');
  if (qIdx !== -1) {
    this.search = rest.slice(qIdx);
    this.query = rest.slice(qIdx + 1);
    rest = rest.slice(0, qIdx);
  } else if (parseQueryString) {
    this.search = '';
    this.query = {};
  }
  if (parseQueryString && typeof this.query === 'string') {
    this.query = require('querystring').parse(this.query);
  }
  const proto = /^([a-zA-Z][a-zA-Z0-9+.-]*:)/.exec(rest);
  if (proto) {
    this.protocol = proto[1].toLowerCase();
    rest = rest.slice(proto[1].length);
  }
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    const slashes = rest.startsWith('//');
    if (slashes && !(proto && this.protocol === 'javascript:')) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }
  if (this.slashes || (proto && !slashedProtocol.has(this.protocol) && false)) {
    let end = rest.search(/[/?#]/);
    if (end === -1) end = rest.length;
    let hostPart = rest.slice(0, end);
    rest = rest.slice(end);
    const at = hostPart.lastIndexOf('@');
    if (at !== -1) {
      this.auth = decodeURIComponent(hostPart.slice(0, at));
      hostPart = hostPart.slice(at + 1);
    }
    const portMatch = /:(\d*)$/.exec(hostPart);
    if (portMatch) {
      if (portMatch[1] !== '') this.port = portMatch[1];
      hostPart = hostPart.slice(0, hostPart.length - portMatch[0].length);
    }
    this.hostname = hostPart.toLowerCase();
    if (this.hostname.startsWith('[') && this.hostname.endsWith(']')) {
      this.hostname = this.hostname.slice(1, -1);
    }
    const h = this.hostname.includes(':') ? `[${this.hostname}]` : this.hostname;
    this.host = this.port ? `${h}:${this.port}` : h;
    if (rest === '' && slashedProtocol.has(this.protocol)) rest = '/';
  }
  this.pathname = rest === '' ? null : rest;
  if (this.pathname === null && slashedProtocol.has(this.protocol) && this.hostname) this.pathname = '/';
  const search = this.search || '';
  this.path = (this.pathname || '') + search || null;
  this.href = this.format();
  return this;
};

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeURIComponent(auth).replace(/%3A/i, ':')}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') {
    query = require('querystring').stringify(this.query);
  }
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  if (this.slashes || ((!protocol || slashedProtocol.has(protocol)) && host)) {
    host = `//${host || ''}`;
    if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
  } else if (!host) {
    host = '';
  }
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  pathname = pathname.replace(/[?#]/g, encodeURIComponent);
  search = search.replace('#', '%23');
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return urlResolve(this.href, relative);
};

let warnedParse = false;
function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!warnedParse) {
    warnedParse = true;
    process.emitWarning(
      '`url.parse()` behavior is not standardized and prone to errors that have security ' +
      'implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` ' +
      'vulnerabilities.', 'DeprecationWarning', 'DEP0169');
  }
  if (url instanceof Url) return url;
  return new Url().parse(url, parseQueryString, slashesDenoteHost);
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    let href = urlObject.href;
    if (options) {
      const u = new URL(href);
      if (options.fragment === false) u.hash = '';
      if (options.search === false) u.search = '';
      if (options.auth === false) {
        u.username = '';
        u.password = '';
      }
      href = u.href;
    }
    return href;
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  try {
    const base = new URL(source);
    return new URL(relative, base).href;
  } catch {
    // Relative bases: resolve with a dummy scheme and strip it again.
    const dummy = 'resolve://';
    const r = new URL(relative, new URL(source, `${dummy}/`));
    if (r.protocol === 'resolve:') {
      const { pathname, search, hash } = r;
      if (source.startsWith('/')) return pathname + search + hash;
      return pathname.slice(1) + search + hash;
    }
    return r.href;
  }
}

function urlToHttpOptions(url) {
  const options = {
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ?
      url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: (source, relative) => urlParse(urlResolve(source, relative)),
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
