// Helper for the node:test behaviour programs (not a test itself): makes the
// report deterministic by replacing durations and dropping stack frames, which
// differ from run to run and between runtimes.
'use strict';

const write = process.stdout.write;
process.stdout.write = function(chunk, ...rest) {
  let text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
  text = text
    .replace(/\(\d+(\.\d+)?ms\)/g, '(Xms)')
    .replace(/duration_ms \d+(\.\d+)?/g, 'duration_ms X')
    .split('\n')
    .filter((line) => !/^\s+at /.test(line) && !/lines matching cause stack trace/.test(line))
    .join('\n');
  return write.call(this, text, ...rest);
};
