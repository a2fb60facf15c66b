const os = require('os');
console.log(os.EOL === '\n', os.platform(), os.type(), os.arch(), os.endianness(), os.devNull);
console.log(typeof os.hostname(), typeof os.release(), os.cpus().length > 0, os.totalmem() > os.freemem());
console.log(os.loadavg().length, typeof os.uptime(), typeof os.homedir(), typeof os.tmpdir());
console.log(os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.constants.errno.ENOENT);
console.log(Object.keys(os.userInfo()), os.availableParallelism() > 0, typeof os.version());
const c = os.cpus()[0];
console.log(Object.keys(c), Object.keys(c.times));
