// colorMode 'auto' colors only TTY streams that report color support.
const { Console } = require('console');
const EventEmitter = require('events');
function stream(name, extra) {
  return Object.assign(new EventEmitter(), {
    write(chunk) { process.stdout.write(`${name}: ${JSON.stringify(chunk)}\n`); return true; },
  }, extra);
}
const value = { n: 1, s: 'str' };
new Console(stream('plain')).log(value);
new Console(stream('tty-color', { isTTY: true, getColorDepth() { return 8; } })).log(value);
new Console(stream('tty-mono', { isTTY: true, getColorDepth() { return 1; } })).log(value);
new Console({ stdout: stream('forced'), colorMode: true }).log(value, 'strings stay plain');
new Console({ stdout: stream('off', { isTTY: true, getColorDepth() { return 8; } }), colorMode: false }).log(value);
new Console({ stdout: stream('opts'), colorMode: true, inspectOptions: { compact: false } }).log(value);
