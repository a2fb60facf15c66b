process.on('exit', (code) => console.log('exit handler sees', code));
setTimeout(() => console.log('not reached'), 10);
throw new TypeError('top-level');
