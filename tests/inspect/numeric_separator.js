// numericSeparator groups digits with underscores.
const util = require('util');
const opts = { numericSeparator: true };
for (const v of [0, -0, 123, 1234, 1234567, -1234567, 1234.5678, 0.0001234, 123456789.123456789, 1e21, 5e-7, NaN, Infinity, -0.5, 12345678901234567890n, -1234n]) {
  console.log(util.inspect(v, opts));
}
console.log(util.inspect([1000, 2000000, 3.14159265], opts));
console.log(util.formatWithOptions(opts, '%d %i %f %s', 1234567, 7654321, 1234.5678, 1000000));
