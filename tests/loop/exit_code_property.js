process.exitCode = 4;
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer still runs'), 1);
