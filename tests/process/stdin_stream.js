// process.stdin on a pipe is read as data arrives: the child echoes each line and
// the parent sends the next one only after the echo (a whole-input read would
// deadlock), then closes the pipe; the child sees 'end'. A second SIGINT with no
// listener left ends a process by the signal.
const { spawn } = require('child_process');
if (process.argv[2] === 'child') {
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (d) => process.stdout.write(`echo:${d}`));
  process.stdin.on('end', () => console.log('child saw end'));
} else {
  const child = spawn(process.execPath, [__filename, 'child']);
  child.stdout.setEncoding('utf8');
  const lines = ['two\n', 'three\n'];
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
    if (!d.startsWith('echo:')) return;
    const next = lines.shift();
    if (next !== undefined) child.stdin.write(next);
    else child.stdin.end();
  });
  child.on('exit', (code, signal) => {
    console.log(JSON.stringify(out), code, signal);
    const sig = spawn(process.execPath, ['-e', `
      process.on('SIGINT', () => { process.removeAllListeners('SIGINT'); process.kill(process.pid, 'SIGINT'); });
      process.stdin.resume();
      process.kill(process.pid, 'SIGINT');`]);
    sig.on('exit', (c, s) => { console.log('signal child', c, s); sig.stdin.destroy(); });
  });
  child.stdin.write('one\n');
}
