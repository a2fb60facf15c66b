// An entry point left waiting at a top-level await exits with code 13 (the
// warning is silenced here with --no-warnings).
process.on('exit', (code) => console.log('exit code', code, process.exitCode));
console.log('waiting');
await new Promise(() => {});
