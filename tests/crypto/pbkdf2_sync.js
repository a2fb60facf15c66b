const crypto = require('crypto');
console.log(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 4096, 32, 'sha256').toString('hex'));
console.log(crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2]), 10, 16, 'sha512'));
const bad = [
  () => crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1'),
  () => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'),
  () => crypto.pbkdf2Sync(1, 'b', 1, 1, 'sha1'),
  () => crypto.pbkdf2Sync('a', 'b', 1, 1, 'nope'),
  () => crypto.pbkdf2Sync('a', 'b', 1, 1),
  () => crypto.pbkdf2('a', 'b', 1, 1, 'sha1'),
];
for (const f of bad) {
  try {
    f();
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}
crypto.pbkdf2('secret', 'salt', 1000, 8, 'sha256', (err, key) => {
  console.log('async', err, key.toString('hex'));
});
