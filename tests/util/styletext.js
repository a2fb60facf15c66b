'use strict';
// util.styleText: formats, arrays, 'none', validation errors.
const { styleText } = require('util');
const show = (s) => console.log(JSON.stringify(s));

show(styleText('red', 'text', { validateStream: false }));
show(styleText(['bold', 'underline', 'bgBlue'], 'multi', { validateStream: false }));
show(styleText(['red', 'none'], 'with none', { validateStream: false }));
show(styleText('none', 'only none', { validateStream: false }));
show(styleText('gray', 'alias', { validateStream: false }));
show(styleText('grey', 'alias2', { validateStream: false }));
show(styleText('strikeThrough', 'alias3', { validateStream: false }));
show(styleText('italic', 'a\u001b[31mb\u001b[39mc', { validateStream: false }));
show(styleText(['red', 'green'], 'nested', { validateStream: false }));
show(styleText('reset', '', { validateStream: false }));

function tryIt(label, fn) {
  try {
    show(fn());
  } catch (e) {
    console.log(label, e.name, e.code);
    console.log(e.message);
  }
}
tryIt('badFormat', () => styleText('nope', 'x'));
tryIt('badArrayFormat', () => styleText(['red', 'nope'], 'x'));
tryIt('numberFormat', () => styleText(1, 'x'));
tryIt('badText', () => styleText('red', 5));
tryIt('badValidate', () => styleText('red', 'x', { validateStream: 'yes' }));
tryIt('badStream', () => styleText('red', 'x', { stream: {} }));
tryIt('numStream', () => styleText('red', 'x', { stream: 1 }));
