const a = process.hrtime();
console.log(Array.isArray(a), a.length, Number.isInteger(a[0]), Number.isInteger(a[1]), a[1] < 1e9);
const d = process.hrtime(a);
console.log(d[0] >= 0, d[1] >= 0);
const b1 = process.hrtime.bigint();
const b2 = process.hrtime.bigint();
console.log(typeof b1, b2 >= b1);
try { process.hrtime(1); } catch (e) { console.log(e.code, e.message); }
try { process.hrtime([1]); } catch (e) { console.log(e.code, e.message); }
