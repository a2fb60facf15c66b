// Native byte work: base64 and hex round trips of a 1 MiB buffer.
const b = Buffer.alloc(1 << 20, 'rode');
let n = 0;
for (let i = 0; i < 20; i++) {
  const s = b.toString('base64');
  n += Buffer.from(s, 'base64').length;
  n += Buffer.from(b.toString('hex'), 'hex').length;
}
console.log(n);
