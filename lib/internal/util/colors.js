'use strict';

// Terminal color support: whether a stream should get ANSI colors
// (FORCE_COLOR / NO_COLOR / NODE_DISABLE_COLORS / TERM=dumb / isTTY), and the
// SGR code table util.styleText accepts.

// name -> [open, close]; order and aliases as Node's util.inspect.colors.
const styles = { __proto__: null };
const styleEntries = [
  ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23],
  ['underline', 4, 24], ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28],
  ['strikethrough', 9, 29], ['doubleunderline', 21, 24], ['black', 30, 39],
  ['red', 31, 39], ['green', 32, 39], ['yellow', 33, 39], ['blue', 34, 39],
  ['magenta', 35, 39], ['cyan', 36, 39], ['white', 37, 39], ['bgBlack', 40, 49],
  ['bgRed', 41, 49], ['bgGreen', 42, 49], ['bgYellow', 43, 49], ['bgBlue', 44, 49],
  ['bgMagenta', 45, 49], ['bgCyan', 46, 49], ['bgWhite', 47, 49], ['framed', 51, 54],
  ['overlined', 53, 55], ['gray', 90, 39], ['redBright', 91, 39], ['greenBright', 92, 39],
  ['yellowBright', 93, 39], ['blueBright', 94, 39], ['magentaBright', 95, 39],
  ['cyanBright', 96, 39], ['whiteBright', 97, 39], ['bgGray', 100, 49],
  ['bgRedBright', 101, 49], ['bgGreenBright', 102, 49], ['bgYellowBright', 103, 49],
  ['bgBlueBright', 104, 49], ['bgMagentaBright', 105, 49], ['bgCyanBright', 106, 49],
  ['bgWhiteBright', 107, 49],
];
const styleAliases = [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
  ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
  ['doubleUnderline', 'doubleunderline'],
];
const styleNames = [];
for (const [name, open, close] of styleEntries) {
  styles[name] = [open, close];
  styleNames.push(name);
}
for (const [alias, target] of styleAliases) {
  styles[alias] = styles[target];
  styleNames.push(alias);
}

function env(name) {
  return typeof process === 'object' && process !== null && process.env ?
    process.env[name] : undefined;
}

// Color depth FORCE_COLOR asks for, as Node's tty does.
function forcedColorDepth(value) {
  switch (value) {
    case '':
    case '1':
    case 'true':
      return 4;
    case '2':
      return 8;
    case '3':
      return 24;
    default:
      return 1;
  }
}

function shouldColorize(stream) {
  const force = env('FORCE_COLOR');
  if (force !== undefined) return forcedColorDepth(force) > 2;
  if (!stream?.isTTY) return false;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  if (env('NO_COLOR') !== undefined || env('NODE_DISABLE_COLORS') !== undefined ||
      env('TERM') === 'dumb') {
    return false;
  }
  return true;
}

const colors = {
  blue: '',
  green: '',
  white: '',
  yellow: '',
  red: '',
  gray: '',
  clear: '',
  reset: '',
  hasColors: false,
  shouldColorize,
  styles,
  styleNames,
  refresh() {
    const on = typeof process === 'object' && process !== null &&
      shouldColorize(process.stderr);
    colors.blue = on ? '\u001b[34m' : '';
    colors.green = on ? '\u001b[32m' : '';
    colors.white = on ? '\u001b[39m' : '';
    colors.yellow = on ? '\u001b[33m' : '';
    colors.red = on ? '\u001b[31m' : '';
    colors.gray = on ? '\u001b[90m' : '';
    colors.clear = on ? '\u001bc' : '';
    colors.reset = on ? '\u001b[0m' : '';
    colors.hasColors = on;
  },
};

module.exports = colors;
