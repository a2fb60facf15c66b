// emit('error') without listeners throws; non-Errors are wrapped in ERR_UNHANDLED_ERROR.
'use strict';
const EventEmitter = require('events');

const e = new EventEmitter();
const values = [undefined, 'boom', 42, null, { a: 1 }, [1, 2], Symbol('s'), true];
for (const v of values) {
  try {
    if (v === undefined) e.emit('error');
    else e.emit('error', v);
  } catch (err) {
    console.log(err instanceof Error, err.name, err.code, JSON.stringify(err.message),
                Object.keys(err), err.context === v);
  }
}

const real = new TypeError('real error');
try {
  e.emit('error', real, 'extra');
} catch (err) {
  console.log(err === real, err.message, Object.keys(err));
}

// Only the first argument is reported.
try {
  e.emit('error', 'first', 'second');
} catch (err) {
  console.log(err.message);
}

// With a listener, nothing is thrown.
e.on('error', (err, extra) => console.log('handled:', err, extra));
console.log(e.emit('error', 'x', 'y'));

// A subclass of Error is thrown as is.
class MyError extends Error {}
const f = new EventEmitter();
try {
  f.emit('error', new MyError('mine'));
} catch (err) {
  console.log(err instanceof MyError, err.message);
}

// Uncaught: the process exits with code 1 after printing to stderr.
process.on('exit', (code) => console.log('exit code', code));
new EventEmitter().emit('error', new Error('uncaught one'));
console.log('not reached');
