// The `spec` reporter (Node's default): one line per test, a "▶" header for a
// test or suite when its first child reports, diagnostics after the test they
// belong to, then the summary counters and the list of failing tests.

const { inspect } = require('internal/util/inspect');

const symbols = {
  pass: '\u2714 ',
  fail: '\u2716 ',
  diagnostic: '\u2139 ',
  arrow: '\u25B6 ',
  skip: '\uFE63 ',
  warning: '\u26A0 ',
};

const noColors = {
  blue: '', green: '', red: '', yellow: '', gray: '', white: '',
};
const ansiColors = {
  blue: '\u001b[34m',
  green: '\u001b[32m',
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  gray: '\u001b[90m',
  white: '\u001b[39m',
};

function indent(nesting) {
  return nesting > 0 ? '  '.repeat(nesting) : '';
}

class SpecReporter {
  constructor(useColors) {
    this.colors = useColors ? ansiColors : noColors;
    this.useColors = useColors;
    this.failed = [];
  }

  // `data`: { name, nesting, passed, durationMs, skip, todo, expectFailure,
  // error, location }. Returns the text for a finished test; `headers` are the
  // ancestors not announced yet, outermost first.
  testDone(data, headers) {
    let out = '';
    for (let i = 0; i < headers.length; i++) {
      const h = headers[i];
      out += `${indent(h.nesting)}${symbols.arrow}${h.name}\n`;
    }
    out += `${indent(data.nesting)}${this.title(data)}\n`;
    if (!data.passed && data.error?.failureType !== 'subtestsFailed') {
      this.failed.push(data);
    }
    return out;
  }

  title(data) {
    const c = this.colors;
    let color;
    let symbol;
    if (data.skip !== undefined) {
      color = c.gray;
      symbol = symbols.skip;
    } else if (data.passed) {
      color = c.green;
      symbol = symbols.pass;
    } else if (data.todo !== undefined) {
      color = c.yellow;
      symbol = symbols.warning;
    } else {
      color = c.red;
      symbol = symbols.fail;
    }
    let title = data.name;
    if (data.durationMs !== undefined) {
      title += ` ${c.gray}(${data.durationMs}ms)${c.white}`;
    }
    if (data.skip !== undefined) {
      title += ` # ${typeof data.skip === 'string' && data.skip.length ? data.skip : 'SKIP'}`;
    } else if (data.todo !== undefined) {
      title += ` # ${typeof data.todo === 'string' && data.todo.length ? data.todo : 'TODO'}`;
    } else if (data.expectFailure !== undefined) {
      title += ' # EXPECTED FAILURE';
    }
    return `${color}${symbol}${title}${c.white}`;
  }

  diagnostic(nesting, message) {
    const c = this.colors;
    return `${indent(nesting)}${c.blue}${symbols.diagnostic}${message}${c.white}\n`;
  }

  formatError(error) {
    const err = error?.code === 'ERR_TEST_FAILURE' ? error.cause : error;
    const text = inspect(err, { colors: this.useColors });
    return `\n  ${text.split(/\r?\n/).join('\n  ')}\n`;
  }

  // Counters first, then what failed and where it was declared.
  summary(counts) {
    let out = '';
    for (const key of ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo', 'duration_ms']) {
      out += this.diagnostic(0, `${key} ${counts[key]}`);
    }
    if (this.failed.length > 0) {
      const c = this.colors;
      out += `\n${c.red}${symbols.fail}failing tests:${c.white}\n`;
      for (let i = 0; i < this.failed.length; i++) {
        const data = this.failed[i];
        const where = data.location ? `test at ${data.location}\n` : '';
        out += `\n${where}${this.title(data)}`;
        out += data.error === undefined ? '\n' : this.formatError(data.error);
      }
    }
    return out;
  }
}

module.exports = { SpecReporter };
