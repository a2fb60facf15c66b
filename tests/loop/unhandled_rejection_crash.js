process.on('exit', (code) => console.log('exit', code));
console.log('before');
Promise.reject(new Error('nobody catches this'));
setTimeout(() => console.log('never runs'), 10);
