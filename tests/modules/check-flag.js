// --check: the entry point is only compiled, not run.
console.log('this must not be printed');
