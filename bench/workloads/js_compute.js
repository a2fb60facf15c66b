// Pure JavaScript compute (interpreter vs JIT): object churn, JSON and string work.
let acc = 0;
for (let i = 0; i < 200000; i++) {
  const o = { id: i, name: `item${i}`, tags: [i % 3, i % 5] };
  acc += JSON.stringify(o).length;
}
console.log(acc);
