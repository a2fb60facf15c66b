// [util.inspect.custom](depth, options, inspect).
const util = require('util');
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
class Money {
  constructor(amount) { this.amount = amount; }
  [util.inspect.custom](depth, options, inspect) {
    return `Money<${inspect(this.amount, options)}>`;
  }
}
console.log(util.inspect(new Money(5)), util.inspect({ wallet: [new Money(1), new Money(2)] }));
console.log(util.inspect(new Money(5), { colors: true }));
const depthReporter = { [util.inspect.custom](depth, opts) { return `depth=${depth} opts.depth=${opts.depth}`; } };
console.log(util.inspect({ a: { b: depthReporter } }));
console.log(util.inspect({ a: { b: depthReporter } }, { depth: 5 }));
console.log(util.inspect({ a: depthReporter }, { depth: null }));
const multi = { [util.inspect.custom]() { return 'line1\nline2'; } };
console.log(util.inspect({ a: { b: multi } }));
const returnsObj = { [util.inspect.custom]() { return { replaced: [1, 2] }; } };
console.log(util.inspect({ x: returnsObj }));
const returnsThis = { v: 1, [util.inspect.custom]() { return this; } };
console.log(util.inspect(returnsThis));
console.log(util.inspect(new Money(5), { customInspect: false }));
const optsKeys = { [util.inspect.custom](d, o) { return Object.keys(o).join(','); } };
console.log(util.inspect(optsKeys));
console.log(util.inspect(optsKeys, { userOption: 1 }));
const stylizer = { [util.inspect.custom](d, o) { return o.stylize('special', 'special') + ' ' + o.stylize('42', 'number'); } };
console.log(JSON.stringify(util.inspect(stylizer, { colors: true })), util.inspect(stylizer));
class Base { [util.inspect.custom]() { return 'instance!'; } }
console.log(util.inspect(new Base()), util.inspect(Base.prototype));
console.log(util.inspect({ [util.inspect.custom]: 'not a function' }));
