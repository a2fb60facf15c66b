// Asynchronous children: output, exit codes and signals, stdin, exec/execFile errors.
const { spawn, exec, execFile } = require('child_process');
const { promisify } = require('util');

function run(cmd, args, input) {
  return new Promise((resolve) => {
    const c = spawn(cmd, args);
    let out = '';
    let err = '';
    const events = [];
    c.on('spawn', () => events.push('spawn'));
    c.stdout.on('data', (d) => { out += d; });
    c.stderr.on('data', (d) => { err += d; });
    c.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
    c.on('close', (code, signal) => {
      events.push(`close ${code} ${signal}`);
      resolve({ out, err, events, pid: typeof c.pid });
    });
    if (input !== undefined) c.stdin.end(input);
  });
}

(async () => {
  console.log(await run('sh', ['-c', 'echo out; echo err >&2; exit 3']));
  console.log(await run('cat', [], 'stdin data'));
  console.log(await run('sh', ['-c', 'kill -TERM $$']));
  const { stdout } = await promisify(exec)('echo exec works');
  console.log(JSON.stringify(stdout));
  try {
    await promisify(execFile)('sh', ['-c', 'echo bad >&2; exit 4']);
  } catch (e) {
    console.log(e.code, JSON.stringify(e.message), JSON.stringify(e.stderr));
  }
  const missing = spawn('definitely-missing-command-xyz');
  missing.on('error', (e) => console.log('error', e.code, e.syscall, e.path));
  missing.on('close', (code) => console.log('close after error', code));
})();
