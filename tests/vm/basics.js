const vm = require('vm');
console.log(vm.runInThisContext('1 + 2'));
const sandbox = { a: 1, b: 2 };
console.log(vm.runInNewContext('a + b', sandbox));
vm.createContext(sandbox);
console.log(vm.isContext(sandbox), vm.isContext({}));
vm.runInContext('c = a * 10; var d = "declared"; a = 5;', sandbox);
console.log(sandbox.a, sandbox.c, sandbox.d);
const script = new vm.Script('count += 1; typeof require', { filename: 'counter.js' });
const ctx = vm.createContext({ count: 0 });
for (let i = 0; i < 3; i++) console.log(script.runInContext(ctx));
console.log(ctx.count);
console.log(vm.runInNewContext('typeof process + " " + typeof Array'));
try {
  new vm.Script('let x = ;', { filename: 'bad.js' });
} catch (e) {
  console.log(e.name);
}
try {
  vm.runInNewContext('throw new TypeError("inner")');
} catch (e) {
  console.log(e instanceof TypeError, e.name, e.message);
}
try {
  vm.runInContext('1', {});
} catch (e) {
  console.log(e.code);
}
try {
  vm.createContext(1);
} catch (e) {
  console.log(e.code, e.message);
}
const fn = vm.compileFunction('return a + b + c', ['a', 'b'], { contextExtensions: [{ c: 100 }] });
console.log(fn(1, 2));
console.log(vm.runInNewContext('[1,2].map(x => x * 2)').length);
console.log(Object.keys(vm.runInNewContext('({ x: 1, y: [2] })')));
