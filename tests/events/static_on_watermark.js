// events.on highWaterMark/lowWaterMark call pause()/resume() on the emitter.
'use strict';
const EventEmitter = require('events');

async function main() {
  const e = new EventEmitter();
  e.pause = () => console.log('pause()');
  e.resume = () => console.log('resume()');
  const it = EventEmitter.on(e, 'd', { highWaterMark: 3, lowWaterMark: 2 });
  for (let i = 0; i < 6; i++) {
    console.log('emit', i);
    e.emit('d', i);
  }
  for (let i = 0; i < 6; i++) {
    const { value } = await it.next();
    console.log('read', value);
  }
  await it.return();

  // Legacy spellings highWatermark/lowWatermark.
  const f = new EventEmitter();
  f.pause = () => console.log('f pause()');
  f.resume = () => console.log('f resume()');
  const it2 = EventEmitter.on(f, 'd', { highWatermark: 1 });
  f.emit('d', 'a');
  f.emit('d', 'b');
  console.log((await it2.next()).value, (await it2.next()).value);
  await it2.return();
}
main();
