// The `crypto` module. This first slice has pbkdf2 (the first thread-pool job); the
// rest of node:crypto comes with the crypto issue.

const binding = internalBinding('crypto');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_CRYPTO_INVALID_DIGEST },
} = require('internal/errors');
const { validateFunction, validateInt32, validateString } = require('internal/validators');

function getArrayBufferOrView(buffer, name, encoding) {
  if (typeof buffer === 'string') return Buffer.from(buffer, encoding === 'buffer' ? 'utf8' : encoding);
  if (ArrayBuffer.isView(buffer)) return buffer;
  if (buffer instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer !== 'undefined' && buffer instanceof SharedArrayBuffer)) {
    return new Uint8Array(buffer);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
}

function toBytes(view) {
  return view instanceof Uint8Array ? view : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  if (!binding.isValidDigest(digest)) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return { password: toBytes(password), salt: toBytes(salt), iterations, keylen, digest };
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  ({ password, salt, iterations, keylen, digest } = check(password, salt, iterations, keylen, digest));
  validateFunction(callback, 'callback');
  binding.pbkdf2(password, salt, iterations, keylen, digest, (err, ab) => {
    if (err !== undefined) return callback(err);
    callback(null, Buffer.from(ab));
  });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  ({ password, salt, iterations, keylen, digest } = check(password, salt, iterations, keylen, digest));
  return Buffer.from(binding.pbkdf2(password, salt, iterations, keylen, digest));
}

module.exports = { pbkdf2, pbkdf2Sync };
