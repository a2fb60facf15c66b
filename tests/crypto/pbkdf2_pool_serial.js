// With UV_THREADPOOL_SIZE=1 the jobs run one after another, in submission order.
const crypto = require('crypto');
const order = [];
for (let i = 1; i <= 5; i++) {
  crypto.pbkdf2('a', 'b', 20000, 64, 'sha512', () => {
    order.push(i);
    if (order.length === 5) console.log(order.join(','));
  });
}
