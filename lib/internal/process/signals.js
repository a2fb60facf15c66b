// Linux signal numbers (os.constants.signals).

const signals = {
  __proto__: null,
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6,
  SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13,
  SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19,
  SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25,
  SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30,
  SIGSYS: 31,
};

module.exports = { signals };

// process.on('SIGxxx') starts watching the signal; removing the last listener stops
// watching, which restores the default action (Node's startListeningIfSignal).
function setupSignalHandlers(process) {
  const binding = internalBinding('signal_wrap');
  const names = { __proto__: null };
  for (const k of Object.keys(signals)) names[signals[k]] = k;
  binding.setSignalCallback((signum) => {
    const name = names[signum];
    process.emit(name, name, signum);
  });
  process.on('newListener', (type) => {
    if (typeof type === 'string' && type.startsWith('SIG') && signals[type] !== undefined &&
        process.listenerCount(type) === 0) {
      if (type === 'SIGKILL' || type === 'SIGSTOP') {
        const { uvException } = require('internal/errors');
        throw uvException({ errno: -22, code: undefined, syscall: 'uv_signal_start' });
      }
      const err = binding.start(signals[type]);
      if (err) {
        const { uvException } = require('internal/errors');
        throw uvException({ errno: err, code: undefined, syscall: 'uv_signal_start' });
      }
    }
  });
  process.on('removeListener', (type) => {
    if (typeof type === 'string' && signals[type] !== undefined && process.listenerCount(type) === 0) {
      binding.stop(signals[type]);
    }
  });
}

module.exports.setupSignalHandlers = setupSignalHandlers;
