// events.on async iterator: buffering, close events, errors, abort, return/throw.
'use strict';
const EventEmitter = require('events');
const { on } = EventEmitter;

async function main() {
  const e = new EventEmitter();
  const it = on(e, 'data');
  console.log(typeof it.next, typeof it[Symbol.asyncIterator], it[Symbol.asyncIterator]() === it);
  console.log(e.listenerCount('data'), e.listenerCount('error'));
  e.emit('data', 1);
  e.emit('data', 2, 3);
  let n = 0;
  for await (const value of it) {
    console.log('value', value);
    if (++n === 2) break;
  }
  console.log('after break', e.listenerCount('data'), e.listenerCount('error'));

  // Values arriving later resolve pending next() calls in order.
  const it2 = on(e, 'tick', { close: ['end'] });
  const p1 = it2.next();
  const p2 = it2.next();
  e.emit('tick', 'a');
  e.emit('tick', 'b');
  console.log(await p1, await p2);
  setTimeout(() => {
    e.emit('tick', 'c');
    e.emit('end');
    e.emit('tick', 'ignored');
  }, 1);
  for await (const v of it2) console.log('it2', v);
  console.log('closed', e.listenerCount('tick'), e.listenerCount('end'));

  // 'error' ends the iteration with a rejection.
  const it3 = on(e, 'tick');
  setTimeout(() => e.emit('error', new Error('broken')), 1);
  try {
    for await (const v of it3) console.log(v);
  } catch (err) {
    console.log('it3 error:', err.message);
  }
  console.log(await it3.next());

  // AbortSignal
  const ac = new AbortController();
  const it4 = on(e, 'tick', { signal: ac.signal });
  setTimeout(() => ac.abort('why'), 1);
  try {
    for await (const v of it4) console.log(v);
  } catch (err) {
    console.log('it4:', err.name, err.message, err.cause);
  }

  // return() and throw()
  const it5 = on(e, 'tick');
  console.log(await it5.return(), await it5.next(), e.listenerCount('tick'));
  const it6 = on(e, 'tick');
  try {
    it6.throw('not an error');
  } catch (err) {
    console.log(err.code, err.message);
  }
  console.log(it6.throw(new Error('thrown')));
  try {
    await it6.next();
  } catch (err) {
    console.log('it6:', err.message);
  }

  // Synchronous validation errors.
  for (const opts of [1, { signal: 1 }, { highWaterMark: 0 }, { lowWaterMark: 'x' }, { signal: AbortSignal.abort() }]) {
    try {
      on(e, 'x', opts);
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
}
main();
