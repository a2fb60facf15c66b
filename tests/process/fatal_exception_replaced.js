// A non-function process._fatalException: the error is printed, exit code 6.
console.log(typeof process._fatalException);
process._fatalException = undefined;
throw new Error('no handler');
