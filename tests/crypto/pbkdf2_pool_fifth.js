// The pool has four threads: four long jobs occupy them, so a fifth, tiny job has to
// wait in the queue until one of them finishes; the loop stays free meanwhile.
const crypto = require('crypto');
const done = [];
let ticks = 0;
const iv = setInterval(() => ticks++, 1);
function finish(name) {
  done.push(name);
  if (done.length === 5) {
    clearInterval(iv);
    console.log('tiny job waited for a pool thread:', done.indexOf('tiny') > 0);
    console.log('loop stayed responsive:', ticks > 0);
  }
}
for (let i = 1; i <= 4; i++) crypto.pbkdf2('a', 'b', 300000, 64, 'sha512', () => finish(`long${i}`));
crypto.pbkdf2('a', 'b', 1, 64, 'sha512', () => finish('tiny'));
