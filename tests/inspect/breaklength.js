// breakLength decides when an object goes multi-line.
const util = require('util');
const obj = { alpha: 'aaaa', beta: [1, 2, 3], gamma: { delta: 'dddd', epsilon: 5 }, zeta: true };
for (const breakLength of [20, 40, 60, 80, 120, Infinity]) {
  console.log(`breakLength: ${breakLength}`);
  console.log(util.inspect(obj, { breakLength }));
}
console.log(util.inspect(Array.from({ length: 40 }, (_, i) => i * 3), { breakLength: 40 }));
