// Callback-style tests and hooks: (t, done), done(err), done called twice, and
// a function that takes `done` but also returns a promise.
require('./_normalize');
const { test, describe, it, beforeEach } = require('node:test');

const log = [];
test('done later', (t, done) => {
  setImmediate(() => {
    log.push('calling done');
    done();
  });
});
test('done with an error', (t, done) => {
  setImmediate(() => done(new Error('passed to done')));
});
test('done with a string', (t, done) => done('a string error'));
test('done twice', (t, done) => {
  done();
  done();
});
test('done and a promise', async (t, done) => {
  done();
});
describe('callback hooks', () => {
  beforeEach((t, done) => {
    log.push(`beforeEach ${t.name}`);
    setImmediate(done);
  });
  it('first', () => log.push('first'));
  it('second', (t, done) => {
    log.push('second');
    process.nextTick(done);
  });
});
process.on('exit', () => console.log(log.join('\n')));
