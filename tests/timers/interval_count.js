let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 4) {
    clearInterval(iv);
    console.log('cleared');
  }
}, 2);
