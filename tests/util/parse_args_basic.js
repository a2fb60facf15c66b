'use strict';
// util.parseArgs: option kinds, defaults, multiples, shorts, positionals, tokens.
const { parseArgs, inspect } = require('util');

function run(label, config) {
  try {
    const r = parseArgs(config);
    console.log(label, inspect(r, { depth: 4 }));
  } catch (e) {
    console.log(label, 'THROW', e.name, e.code, JSON.stringify(e.message));
  }
}

const opts = {
  foo: { type: 'boolean', short: 'f' },
  bar: { type: 'string', short: 'b' },
  many: { type: 'string', multiple: true, short: 'm' },
  flags: { type: 'boolean', multiple: true, short: 'v' },
  def: { type: 'string', default: 'dflt' },
  defb: { type: 'boolean', default: true },
  defm: { type: 'string', multiple: true, default: ['x', 'y'] },
};

run('empty', { args: [], options: opts });
run('long', { args: ['--foo', '--bar', 'B'], options: opts });
run('inline', { args: ['--bar=B=C', '--def='], options: opts });
run('short', { args: ['-f', '-b', 'B'], options: opts });
run('shortInline', { args: ['-bVALUE'], options: opts });
run('group', { args: ['-fvv', '-vbX'], options: opts });
run('groupEnd', { args: ['-fb', 'Z'], options: opts });
run('multiple', { args: ['-m', '1', '--many', '2', '--many=3'], options: opts });
run('repeatSingle', { args: ['--bar', 'a', '--bar', 'b'], options: opts });
run('positionalsStrict', { args: ['pos'], options: opts });
run('positionalsAllowed', { args: ['pos', '--foo', 'p2'], options: opts, allowPositionals: true });
run('terminator', { args: ['--foo', '--', '--bar', '-f'], options: opts, allowPositionals: true });
run('unknownLong', { args: ['--nope'], options: opts });
run('unknownShort', { args: ['-z'], options: opts });
run('unknownAllowPos', { args: ['--nope'], options: opts, allowPositionals: true });
run('unknownNonStrict', { args: ['--nope', '-z', '--x=1', 'p'], options: opts, strict: false });
run('missingValue', { args: ['--bar'], options: opts });
run('missingValueShort', { args: ['-b'], options: opts });
run('booleanWithValue', { args: ['--foo=1'], options: opts });
run('ambiguous', { args: ['--bar', '-f'], options: opts });
run('ambiguousShort', { args: ['-b', '--foo'], options: opts });
run('dashValue', { args: ['--bar=-f'], options: opts });
run('dashDashValue', { args: ['--bar', '--'], options: opts });
run('singleDash', { args: ['-'], options: opts, allowPositionals: true });
run('singleDashStrict', { args: ['-'], options: opts });
run('negative', { args: ['--no-foo'], options: opts, allowNegative: true });
run('negativeOff', { args: ['--no-foo'], options: opts });
run('negativeString', { args: ['--no-bar'], options: opts, allowNegative: true });
run('negativeUnknown', { args: ['--no-zzz'], options: opts, allowNegative: true, strict: false });
run('tokens', { args: ['-fb', 'X', '--many=1', 'pos', '--', '-x'], options: opts, tokens: true, allowPositionals: true });
run('tokensNonStrict', { args: ['--zz', '-q', '--yy=1', '-abc'], strict: false, tokens: true });
run('nonStrictNoOptions', { args: ['--a', 'b', '-c', 'd'], strict: false });
run('nonStrictStringMissing', { args: ['--bar'], options: opts, strict: false });
run('nonStrictBoolValue', { args: ['--foo=x'], options: opts, strict: false });
run('proto', { args: ['--__proto__', '--constructor'], strict: false });
run('negativeTokens', { args: ['--no-foo', '--foo'], options: opts, allowNegative: true, tokens: true });
