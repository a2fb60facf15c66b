'use strict';
// util.parseArgs: configuration validation errors.
const { parseArgs } = require('util');

function run(label, config) {
  try {
    parseArgs(config);
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
}

run('config', 1);
run('args', { args: 'x' });
run('argsItem', { args: [1] });
run('strict', { args: [], strict: 1 });
run('allowPositionals', { args: [], allowPositionals: 'yes' });
run('tokens', { args: [], tokens: null });
run('allowNegative', { args: [], allowNegative: 0 });
run('options', { args: [], options: [] });
run('optionObj', { args: [], options: { a: 1 } });
run('type', { args: [], options: { a: { type: 'number' } } });
run('typeMissing', { args: [], options: { a: {} } });
run('short', { args: [], options: { a: { type: 'string', short: 'ab' } } });
run('shortType', { args: [], options: { a: { type: 'string', short: 1 } } });
run('multiple', { args: [], options: { a: { type: 'string', multiple: 1 } } });
run('defaultString', { args: [], options: { a: { type: 'string', default: 1 } } });
run('defaultBool', { args: [], options: { a: { type: 'boolean', default: 'x' } } });
run('defaultMultiple', { args: [], options: { a: { type: 'string', multiple: true, default: 'x' } } });
run('defaultMultipleItem', { args: [], options: { a: { type: 'boolean', multiple: true, default: [true, 1] } } });
run('shortDash', { args: [], options: { a: { type: 'string', short: '-' } } });
run('noArgs', { args: undefined, options: {} });
