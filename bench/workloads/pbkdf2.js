// Thread-pool crypto: 8 concurrent pbkdf2 jobs.
const crypto = require('crypto');
let left = 8;
for (let i = 0; i < 8; i++) {
  crypto.pbkdf2('password', 'salt', 200000, 64, 'sha512', () => { if (--left === 0) console.log('done'); });
}
