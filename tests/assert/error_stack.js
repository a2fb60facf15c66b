// The stack of an AssertionError starts with "AssertionError [ERR_ASSERTION]:
// message" and its first frame is the caller of the assertion.
const assert = require('assert');

function check(label, fn) {
  try {
    fn();
  } catch (e) {
    const at = e.stack.indexOf('\n    at ');
    const header = e.stack.slice(0, at);
    const firstFrame = e.stack.slice(at + 1).split('\n')[0];
    console.log(label, JSON.stringify(header), header === `${e.name} [${e.code}]: ${e.message}`,
                firstFrame.includes('error_stack.js'), firstFrame.includes('node:'));
  }
}

check('ok', () => assert.ok(false));
check('assert', () => assert(0, 'msg'));
check('strictEqual', () => assert.strictEqual(1, 2));
check('deepStrictEqual', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
check('notStrictEqual', () => assert.notStrictEqual(1, 1));
check('equal', () => assert.equal(1, 2));
check('throws', () => assert.throws(() => {}));
check('throws mismatch', () => assert.throws(() => { throw new Error('x'); }, /y/));
check('throws object', () => assert.throws(() => { throw new Error('x'); }, { message: 'y' }));
check('doesNotThrow', () => assert.doesNotThrow(() => { throw new Error('x'); }));
check('match', () => assert.match('a', /b/));
check('fail', () => assert.fail('boom'));
check('strict', () => assert.strict.equal(1, 2));
const e = new assert.AssertionError({ message: 'direct' });
console.log(e.stack.split('\n')[0], e.stack.split('\n')[1].includes('AssertionError'));
