// log/info/debug go to stdout; warn/error to stderr.
console.log('log', 1, { a: 1 });
console.info('info %s', 'formatted');
console.debug('debug', [1, 2]);
console.warn('warn', { w: true });
console.error('error %d', 42);
console.log();
console.log('');
console.log(undefined);
console.log('%c styled', 'color: red');
console.dirxml({ x: 1 }, [2]);
