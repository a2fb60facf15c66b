'use strict';
// DOMException legacy code table and constants.
const names = ['IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError', 'WrongDocumentError',
  'InvalidCharacterError', 'NoDataAllowedError', 'NoModificationAllowedError', 'NotFoundError',
  'NotSupportedError', 'InUseAttributeError', 'InvalidStateError', 'SyntaxError',
  'InvalidModificationError', 'NamespaceError', 'InvalidAccessError', 'ValidationError',
  'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError',
  'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError',
  'EncodingError', 'NotReadableError', 'UnknownError', 'ConstraintError', 'DataError',
  'TransactionInactiveError', 'ReadOnlyError', 'VersionError', 'OperationError',
  'NotAllowedError', 'Error', 'abortError'];
for (const n of names) console.log(n, new DOMException('', n).code);
const descs = Object.getOwnPropertyDescriptors(DOMException);
for (const [k, d] of Object.entries(descs)) {
  if (k === k.toUpperCase()) console.log(k, d.value, d.writable, d.enumerable, d.configurable, DOMException.prototype[k] === d.value);
}
console.log(Object.getOwnPropertyNames(DOMException.prototype).length);
const tag = Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag);
console.log(tag.value, tag.writable, tag.enumerable, tag.configurable);
