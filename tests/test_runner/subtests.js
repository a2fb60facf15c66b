// Subtests: t.test() runs one subtest at a time; a parent waits for subtests
// started before it finished, but one started after an awaited subtest and
// still running when the parent ends is cancelled.
require('./_normalize');
const { test } = require('node:test');

const log = [];
const L = (s) => log.push(s);

test('sync parent, unawaited subtests', (t) => {
  t.test('a', async () => {
    L('a start');
    await new Promise((resolve) => setImmediate(resolve));
    L('a end');
  });
  t.test('b', () => L('b'));
  L('parent body end');
});

test('async parent, awaited then unawaited', async (t) => {
  const result = await t.test('quick', () => L('quick'));
  L(`t.test resolved to ${result}`);
  t.test('late', () => new Promise((resolve) => setTimeout(() => {
    L('late finished anyway');
    resolve();
  }, 20)));
});

test('subtest failure fails the parent', async (t) => {
  await t.test('ok', () => {});
  await t.test('bad', () => {
    throw new Error('child failed');
  });
  await t.test('bad too', () => {
    throw new Error('child failed again');
  });
});

test('parent throws after subtests', async (t) => {
  await t.test('fine', () => {});
  throw new Error('parent error');
});

test('skip and todo from inside', async (t) => {
  await t.test('skips itself', (t2) => {
    t2.skip('decided at run time');
    L('body continues after t.skip()');
  });
  await t.test('todo itself', (t2) => {
    t2.todo();
    throw new Error('todo failures do not fail the parent');
  });
});

test('runOnly', async (t) => {
  t.runOnly(true);
  await t.test('not only', () => L('not only ran'));
  await t.test('only', { only: true }, () => L('only ran'));
});

process.on('exit', () => console.log(log.join('\n')));
