// Four pool threads: the fifth of five equal jobs has to wait for a free thread, so it
// finishes last (and the main thread stays free meanwhile).
const crypto = require('crypto');
const done = [];
let ticks = 0;
const iv = setInterval(() => ticks++, 1);
for (let i = 1; i <= 5; i++) {
  crypto.pbkdf2('a', 'b', 100000, 512, 'sha512', () => {
    done.push(i);
    if (done.length === 5) {
      clearInterval(iv);
      console.log('fifth finished last:', done[4] === 5);
      console.log('loop stayed responsive:', ticks > 0);
    }
  });
}
