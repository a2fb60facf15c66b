const start = Date.now();
let refreshed = false;
const t = setTimeout(() => {
  console.log('fired after refresh', refreshed, Date.now() - start >= 30);
}, 20);
setTimeout(() => {
  refreshed = true;
  console.log(t.refresh() === t);
}, 10);
