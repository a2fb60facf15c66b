// assert.doesNotReject: "Got unwanted rejection" for matching rejections.
const assert = require('assert');

async function report(label, fn) {
  try {
    const v = await fn();
    console.log(label, 'resolved', v);
  } catch (e) {
    console.log(label, '|', e.name, e.code, '|', JSON.stringify(e.message), '|',
                e.generatedMessage, e.operator);
  }
}

(async () => {
  await report('rejected', () => assert.doesNotReject(Promise.reject(new Error('x'))));
  await report('resolved', () => assert.doesNotReject(Promise.resolve(1)));
  await report('message', () => assert.doesNotReject(async () => { throw new Error('x'); }, 'custom'));
  await report('other class rethrown', () => assert.doesNotReject(async () => { throw new Error('x'); }, RangeError));
  await report('matching class', () => assert.doesNotReject(async () => { throw new RangeError('r'); }, RangeError));
  await report('resolving fn', () => assert.doesNotReject(async () => 'value'));
})();
