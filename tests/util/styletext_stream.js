'use strict';
// util.styleText with stream validation: colors only when the stream supports them.
const { styleText } = require('util');
const show = (s) => console.log(JSON.stringify(s));

delete process.env.FORCE_COLOR;
// stdout is not a TTY when the output is captured.
show(styleText('red', 'plain to a pipe'));
show(styleText(['bold', 'red'], 'plain array'));
show(styleText('red', 'stderr', { stream: process.stderr }));
show(styleText('red', 'null stream', { stream: null }));

process.env.FORCE_COLOR = '1';
show(styleText('red', 'forced'));
process.env.FORCE_COLOR = '0';
show(styleText('red', 'forced off'));
process.env.FORCE_COLOR = '3';
show(styleText('blue', 'truecolor'));
process.env.NO_COLOR = '1';
process.env.FORCE_COLOR = '';
show(styleText('green', 'force wins over NO_COLOR'));
