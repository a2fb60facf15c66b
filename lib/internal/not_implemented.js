// Modules whose native half is not built yet still load, so programs and packages that
// require them at start-up run; using the missing parts throws a clear error.

function notImplemented(what) {
  const err = new Error(`${what} is not implemented in rode yet`);
  err.code = 'ERR_NOT_IMPLEMENTED';
  Error.captureStackTrace(err, notImplemented);
  return err;
}

function stubFunction(what) {
  const fn = function() { throw notImplemented(what); };
  Object.defineProperty(fn, 'name', { value: what.split('.').pop().replace(/\(\)$/, '') });
  return fn;
}

module.exports = { notImplemented, stubFunction };
