'use strict';
// util.convertProcessSignalToExitCode.
const util = require('util');
for (const s of ['SIGHUP', 'SIGINT', 'SIGKILL', 'SIGTERM', 'SIGUSR2']) console.log(s, util.convertProcessSignalToExitCode(s));
for (const bad of [2, 'sigint', 'SIGNOPE']) {
  try { util.convertProcessSignalToExitCode(bad); } catch (e) { console.log(e.name, e.code, e.message.slice(0, 60), e.message.slice(-20)); }
}
