process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, w.message, w.code));
process.emitWarning('plain');
process.emitWarning('custom type', 'MyWarning');
process.emitWarning('with code', 'DeprecationWarning', 'DEP0999');
process.emitWarning('opts', { type: 'OptWarning', code: 'OPT1', detail: 'some detail' });
process.emitWarning(new Error('an error object'));
try {
  process.emitWarning(123);
} catch (e) {
  console.log(e.code, e.message);
}
console.log('sync first');
