const cp = require('child_process');
const r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
console.log(r.status, r.signal, r.stdout.toString(), r.stderr.toString(), r.output.length, r.output[0]);
const e = cp.spawnSync('sh', ['-c', 'cat'], { input: 'piped input', encoding: 'utf8' });
console.log(JSON.stringify(e.stdout), e.status);
const k = cp.spawnSync('sh', ['-c', 'kill -TERM $$']);
console.log(k.status, k.signal);
const missing = cp.spawnSync('definitely-not-a-command-xyz');
console.log(missing.error.code, missing.error.syscall, missing.error.path, missing.error.message);
console.log(cp.execSync('echo hello', { encoding: 'utf8' }));
console.log(cp.execFileSync('printf', ['%s-%s', 'a', 'b']).toString());
try {
  cp.execSync('exit 2', { stdio: 'pipe' });
} catch (err) {
  console.log(err.status, err.message);
}
const child = cp.spawnSync(process.execPath, ['-e', 'console.log(process.argv.slice(2).join(","))', 'x', 'y']);
console.log(child.stdout.toString().trim());
const env = cp.spawnSync('sh', ['-c', 'echo $FOO'], { env: { FOO: 'bar' }, encoding: 'utf8' });
console.log(env.stdout.trim());
const cwd = cp.spawnSync('pwd', { cwd: '/', encoding: 'utf8' });
console.log(cwd.stdout.trim());
const t = cp.spawnSync('sleep', ['5'], { timeout: 50 });
console.log(t.signal, t.error && t.error.code);
