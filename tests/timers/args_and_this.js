setTimeout(function (a, b) {
  console.log('timeout args', a, b, this.constructor.name, typeof this.ref);
  setImmediate((a, b, c, d) => console.log('immediate args', a, b, c, d), 1, 2, 3, 4);
  const iv = setInterval((n) => {
    console.log('interval arg', n);
    clearInterval(iv);
  }, 1, 'z');
}, 1, 'x', 'y');
