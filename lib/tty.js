// The `tty` module.

const { isatty: nativeIsatty } = internalBinding('stdio');
const stdio = require('internal/process/stdio');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && nativeIsatty(fd);
}

class ReadStream extends require('events') {
  constructor(fd) {
    super();
    this.fd = fd;
    this.isTTY = true;
    this.isRaw = false;
  }
  setRawMode(flag) {
    this.isRaw = !!flag;
    return this;
  }
}

module.exports = {
  isatty,
  get WriteStream() { return stdio.writableStdioClass(); },
  ReadStream,
};
