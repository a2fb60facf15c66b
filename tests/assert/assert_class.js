// assert.Assert: instances with options (strict by default, skipPrototype,
// diff); methods lose the options when taken off the instance.
const assert = require('assert');
const { Assert } = assert;

function report(label, fn) {
  try {
    fn();
    console.log(label, 'passed');
  } catch (e) {
    console.log(label, '|', e.code, '|', JSON.stringify(e.message), '|', e.operator, e.diff);
  }
}

const strictInstance = new Assert();
console.log(Object.getOwnPropertyNames(strictInstance).join(','));
console.log(strictInstance.equal === Assert.prototype.strictEqual,
            strictInstance.deepEqual === Assert.prototype.deepStrictEqual);
report('strict equal', () => strictInstance.equal(1, '1'));
report('strict deepEqual', () => strictInstance.deepEqual({ a: 1 }, { a: '1' }));
report('strict notEqual', () => strictInstance.notEqual(1, 1));

const loose = new Assert({ strict: false });
console.log(Object.getOwnPropertyNames(loose).join(','));
report('loose equal', () => loose.equal(1, '1'));
report('loose deepEqual', () => loose.deepEqual({ a: 1 }, { a: '1' }));

class A { constructor() { this.a = 1; } }
const skip = new Assert({ skipPrototype: true, diff: 'full' });
report('skipPrototype deepStrictEqual', () => skip.deepStrictEqual(new A(), { a: 1 }));
report('skipPrototype notDeepStrictEqual', () => skip.notDeepStrictEqual(new A(), { a: 1 }));
report('skipPrototype mismatch', () => skip.deepStrictEqual(new A(), { a: 2 }));
report('default prototype check', () => strictInstance.deepStrictEqual(new A(), { a: 1 }));
report('diff full strictEqual', () => skip.strictEqual(1, 2));
report('diff full fail', () => skip.fail('x'));
report('diff full ifError', () => skip.ifError(1));
report('diff full notEqual', () => skip.notEqual(1, 1));
report('ok keeps simple', () => skip.ok(0));
report('throws keeps simple', () => skip.throws(() => {}));
report('match keeps simple', () => skip.match('a', /b/));
const { strictEqual } = skip;
report('destructured', () => strictEqual(1, 2));
report('module fn with other this', () => assert.strictEqual.call({}, 1, 2));

console.log(Object.keys(Assert.prototype).join(','));
console.log(Assert.name, Assert.length, typeof Assert.prototype.ok, Assert.prototype.ok === assert.ok);
console.log(new Assert(null) instanceof Assert, new Assert(1) instanceof Assert);
report('bad diff', () => new Assert({ diff: 'x' }));
report('call without new', () => Assert());
