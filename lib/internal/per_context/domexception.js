'use strict';

// WHATWG DOMException: name/message/code live in private state behind
// prototype getters (as in Node), legacy code constants sit on both the
// constructor and the prototype, and instances are real Errors with a stack.

// Node's per-context errors print "TypeError [ERR_INVALID_THIS]: ..." from
// toString() while the stack header is the plain "TypeError: ..."
function invalidThis(type) {
  const { createNativeError } = require('internal/errors');
  const err = createNativeError(TypeError, undefined, `Value of "this" must be of ${type}`);
  Object.defineProperty(err, 'toString', {
    __proto__: null,
    value() { return `${this.name} [ERR_INVALID_THIS]: ${this.message}`; },
    writable: true, enumerable: false, configurable: true,
  });
  err.code = 'ERR_INVALID_THIS';
  return err;
}

const legacyCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1],
  [null, 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3],
  ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5],
  [null, 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7],
  ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9],
  ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11],
  ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13],
  ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15],
  [null, 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17],
  ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19],
  ['AbortError', 'ABORT_ERR', 20],
  ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22],
  ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24],
  ['DataCloneError', 'DATA_CLONE_ERR', 25],
];

const nameToCodeMap = new Map();
for (const [name, , code] of legacyCodes) {
  if (name !== null) nameToCodeMap.set(name, code);
}

class DOMException extends Error {
  #name;
  #message;

  constructor(message = '', options = 'Error') {
    super();
    this.#message = `${message}`;
    if (options !== null && typeof options === 'object') {
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          __proto__: null, value: options.cause,
          writable: true, enumerable: false, configurable: true,
        });
      }
      this.#name = `${options.name}`;
    } else {
      this.#name = `${options}`;
    }
  }

  get name() {
    if (this === null || typeof this !== 'object' || !(#name in this)) {
      throw invalidThis('DOMException');
    }
    return this.#name;
  }

  get message() {
    if (this === null || typeof this !== 'object' || !(#message in this)) {
      throw invalidThis('DOMException');
    }
    return this.#message;
  }

  get code() {
    if (this === null || typeof this !== 'object' || !(#name in this)) {
      throw invalidThis('DOMException');
    }
    const code = nameToCodeMap.get(this.#name);
    return code === undefined ? 0 : code;
  }
}

Object.defineProperties(DOMException.prototype, {
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'DOMException' },
  name: { __proto__: null, enumerable: true, configurable: true },
  message: { __proto__: null, enumerable: true, configurable: true },
  code: { __proto__: null, enumerable: true, configurable: true },
});

for (const [, constant, value] of legacyCodes) {
  const desc = { __proto__: null, enumerable: true, value };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
}

module.exports = {
  DOMException,
};
