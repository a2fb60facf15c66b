for (const bad of [undefined, null, 'str', 42, {}]) {
  for (const fn of [setTimeout, setInterval, setImmediate]) {
    try {
      fn(bad);
    } catch (e) {
      console.log(fn.name, e.name, e.code, e.message);
    }
  }
}
