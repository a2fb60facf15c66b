'use strict';

// The line (or character) diff behind assert's "+ actual - expected" messages:
// Myers' shortest edit script between two lists, and its rendering with long
// runs of unchanged lines collapsed.

const colors = require('internal/util/colors');

// Unchanged lines shown after a change (and before the next one) before the
// rest of the run is collapsed into "...".
const kNopLinesToCollapse = 5;

// With `checkCommaDisparity`, "1," and "1" are the same line: the last entry of
// an object or array loses its comma only because something was appended.
function areLinesEqual(a, e, checkCommaDisparity) {
  if (a === e) return true;
  if (!checkCommaDisparity) return false;
  const al = a.length;
  const el = e.length;
  if (al === el + 1) return a.charCodeAt(el) === 44 && a.startsWith(e);
  if (el === al + 1) return e.charCodeAt(al) === 44 && e.startsWith(a);
  return false;
}

// Returns the edit script in order, as [kind, value] pairs where kind is
// 'nop' (in both), 'insert' (only in actual) or 'delete' (only in expected).
function myersDiff(actual, expected, checkCommaDisparity = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  // v[k + max]: furthest x reached on diagonal k (k = x - y).
  const v = new Int32Array(2 * max + 2);
  // rounds[d] keeps v for diagonals -d..d after round d, for backtracking.
  const rounds = [];
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      const i = k + max;
      let x = (k === -d || (k !== d && v[i - 1] < v[i + 1])) ? v[i + 1] : v[i - 1] + 1;
      let y = x - k;
      while (x < n && y < m && areLinesEqual(actual[x], expected[y], checkCommaDisparity)) {
        x++;
        y++;
      }
      v[i] = x;
      if (x >= n && y >= m) {
        return backtrack(rounds, d, actual, expected, checkCommaDisparity);
      }
    }
    rounds.push(v.slice(max - d, max + d + 1));
  }
  return [];
}

function backtrack(rounds, dEnd, actual, expected, checkCommaDisparity) {
  let x = actual.length;
  let y = expected.length;
  const reversed = [];
  for (let d = dEnd; d >= 0; d--) {
    const k = x - y;
    let prevX = 0;
    let prevY = 0;
    let prevK = 0;
    if (d > 0) {
      // Round d - 1 stores diagonal j at index j + d - 1.
      const prev = rounds[d - 1];
      const off = d - 1;
      prevK = (k === -d || (k !== d && prev[k - 1 + off] < prev[k + 1 + off])) ? k + 1 : k - 1;
      prevX = prev[prevK + off];
      prevY = prevX - prevK;
    }
    while (x > prevX && y > prevY) {
      const a = actual[x - 1];
      // Show the line as it is in "actual" unless only "expected" has the comma.
      const value = checkCommaDisparity && !a.endsWith(',') ? expected[y - 1] : a;
      reversed.push(['nop', value]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) {
        reversed.push(['insert', actual[x - 1]]);
        x--;
      } else {
        reversed.push(['delete', expected[y - 1]]);
        y--;
      }
    }
  }
  return reversed.reverse();
}

// Renders the script one line per entry. A run of unchanged lines shows its
// first kNopLinesToCollapse lines; when a change follows, up to two more lines
// are shown, or "..." and the line right before the change.
function printMyersDiff(diff, operator) {
  const lines = [];
  let skipped = false;
  let nops = 0;
  const partial = operator === 'partialDeepStrictEqual';
  for (let i = 0; i < diff.length; i++) {
    const kind = diff[i][0];
    const value = diff[i][1];
    if (kind === 'nop') {
      if (nops < kNopLinesToCollapse) lines.push(`${colors.white}  ${value}`);
      nops++;
      continue;
    }
    if (nops > kNopLinesToCollapse) {
      if (nops === kNopLinesToCollapse + 1) {
        lines.push(`${colors.white}  ${diff[i - 1][1]}`);
      } else if (nops === kNopLinesToCollapse + 2) {
        lines.push(`${colors.white}  ${diff[i - 2][1]}`);
        lines.push(`${colors.white}  ${diff[i - 1][1]}`);
      } else {
        lines.push(`${colors.blue}...${colors.white}`);
        lines.push(`${colors.white}  ${diff[i - 1][1]}`);
        skipped = true;
      }
    }
    nops = 0;
    if (kind === 'insert') {
      if (partial) {
        lines.push(colors.hasColors ? `${colors.gray}  ${value}${colors.white}` : `+ ${value}`);
      } else {
        lines.push(`${colors.green}+${colors.white} ${value}`);
      }
    } else {
      lines.push(`${colors.red}-${colors.white} ${value}`);
    }
  }
  return { message: `\n${lines.join('\n')}`, skipped };
}

// Character diff of two one-line strings, colored in place (only used when
// colors are on).
function printSimpleMyersDiff(diff) {
  let message = '';
  for (let i = 0; i < diff.length; i++) {
    const kind = diff[i][0];
    const color = kind === 'insert' ? colors.green : kind === 'delete' ? colors.red : colors.white;
    message += `${color}${diff[i][1]}${colors.white}`;
  }
  return `\n${message}`;
}

module.exports = {
  myersDiff,
  printMyersDiff,
  printSimpleMyersDiff,
};
