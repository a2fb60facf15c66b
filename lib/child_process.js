// The `child_process` module: process spawning arrives with the child_process issue.

const { stubFunction } = require('internal/not_implemented');

module.exports = {
  spawn: stubFunction('child_process.spawn()'),
  spawnSync: stubFunction('child_process.spawnSync()'),
  exec: stubFunction('child_process.exec()'),
  execSync: stubFunction('child_process.execSync()'),
  execFile: stubFunction('child_process.execFile()'),
  execFileSync: stubFunction('child_process.execFileSync()'),
  fork: stubFunction('child_process.fork()'),
  ChildProcess: stubFunction('child_process.ChildProcess'),
};
