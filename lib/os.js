// The `os` module.

const binding = internalBinding('os');
const { signals } = require('internal/process/signals');

function cpus() {
  const info = binding.getCPUs();
  const times = binding.getCPUTimes();
  const out = [];
  const n = Math.max(info.length / 2, times.length / 5);
  for (let i = 0; i < n; i++) {
    out.push({
      model: info[i * 2] ?? '',
      speed: +(info[i * 2 + 1] ?? 0),
      times: {
        user: times[i * 5] ?? 0,
        nice: times[i * 5 + 1] ?? 0,
        sys: times[i * 5 + 2] ?? 0,
        idle: times[i * 5 + 3] ?? 0,
        irq: times[i * 5 + 4] ?? 0,
      },
    });
  }
  return out;
}

function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function homedir() {
  return process.env.HOME || binding.getUserInfo()[3];
}

function userInfo(options) {
  const [uid, gid, username, home, shell] = binding.getUserInfo();
  const enc = options && options.encoding;
  const conv = (s) => (enc === 'buffer' ? require('buffer').Buffer.from(s) : s);
  return { uid: +uid, gid: +gid, username: conv(username), homedir: conv(home), shell: conv(shell) };
}

const errno = {
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11,
  EALREADY: 114, EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10,
  ECONNABORTED: 103, ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89,
  EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43,
  EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106, EISDIR: 21,
  ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36,
  ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61,
  ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42,
  ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60, ENOSYS: 38, ENOTCONN: 107,
  ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6,
  EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93,
  EPROTOTYPE: 91, ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62,
  ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11, EXDEV: 18,
};

const constants = {
  UV_UDP_REUSEADDR: 4,
  dlopen: { RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 },
  errno,
  signals: { ...signals },
  priority: {
    PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0,
    PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
  },
};
Object.setPrototypeOf(constants.signals, null);

module.exports = {
  arch: () => process.arch,
  availableParallelism: () => binding.availableParallelism(),
  constants,
  cpus,
  devNull: '/dev/null',
  endianness: () => 'LE',
  EOL: '\n',
  freemem: () => binding.getFreeMem(),
  getPriority: (pid = 0) => binding.getPriority(pid),
  homedir,
  hostname: () => binding.getHostname(),
  loadavg: () => binding.getLoadAvg(),
  machine: () => binding.getUname()[3],
  networkInterfaces: () => ({}),
  platform: () => process.platform,
  release: () => binding.getUname()[1],
  setPriority: () => {},
  tmpdir,
  totalmem: () => binding.getTotalMem(),
  type: () => binding.getUname()[0],
  uptime: () => binding.getUptime(),
  userInfo,
  version: () => binding.getUname()[2],
};
