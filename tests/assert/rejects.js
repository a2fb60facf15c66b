// assert.rejects: awaits a promise (or a function returning one) and checks
// the rejection like throws() does.
const assert = require('assert');

async function report(label, fn) {
  try {
    await fn();
    console.log(label, 'resolved');
  } catch (e) {
    console.log(label, '|', e.name, e.code, '|', JSON.stringify(e.message), '|',
                e.generatedMessage, e.operator);
  }
}

(async () => {
  await report('resolved promise', () => assert.rejects(Promise.resolve(1)));
  await report('regexp match', () => assert.rejects(Promise.reject(new Error('x')), /x/));
  await report('regexp mismatch', () => assert.rejects(Promise.reject(new Error('x')), /y/));
  await report('async fn class', () => assert.rejects(async () => { throw new TypeError('t'); }, TypeError));
  await report('async fn class mismatch', () => assert.rejects(async () => { throw new TypeError('t'); }, RangeError));
  await report('resolving fn with message', () => assert.rejects(async () => {}, 'msg'));
  await report('resolving fn with class', () => assert.rejects(async () => {}, Error));
  await report('sync throw in fn', () => assert.rejects(() => { throw new Error('sync'); }));
  await report('thenable', () => assert.rejects({ then(r, j) { j(new Error('thenable')); }, catch() {} }, /thenable/));
  await report('object expectation', () => assert.rejects(Promise.reject(new Error('x')), { message: 'y' }));
  await report('validation fn', () => assert.rejects(Promise.reject(new Error('x')), (e) => e.message === 'x'));
  const p = assert.rejects(Promise.reject(new Error('z')));
  console.log('returns a promise', p instanceof Promise, await p);
  console.log('rejects is async', Object.prototype.toString.call(assert.rejects));
})();
