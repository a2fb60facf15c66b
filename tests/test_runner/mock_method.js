// mock.method/getter/setter/property on objects and prototypes, restore(),
// restoreAll(), reset(), and t.mock being restored when its test ends.
require('./_normalize');
const { mock, test } = require('node:test');

const obj = {
  base: 10,
  add(n) { return this.base + n; },
  get label() { return 'real label'; },
  set value(v) { this._value = `real ${v}`; },
};
const spy = mock.method(obj, 'add');
console.log(obj.add(5), spy === obj.add, obj.add.mock.callCount(), obj.add.mock.calls[0].this === obj);
const replaced = mock.method(obj, 'add', function(n) { return `mocked ${n}`; });
console.log(obj.add(1));
replaced.mock.restore();
console.log(obj.add(2), obj.add === spy);

const getter = mock.getter(obj, 'label', () => 'mocked label');
console.log(obj.label, getter.mock.callCount());
const setter = mock.setter(obj, 'value', function(v) { this._value = `mocked ${v}`; });
obj.value = 7;
console.log(obj._value, setter.mock.calls[0].arguments);
mock.restoreAll();
console.log(obj.label, obj.add(1));
obj.value = 8;
console.log(obj._value);

class Animal { speak() { return 'generic sound'; } }
const dog = new Animal();
const speak = mock.method(dog, 'speak', () => 'woof');
console.log(dog.speak(), Object.hasOwn(dog, 'speak'), new Animal().speak());
speak.mock.restore();
console.log(dog.speak());

const config = { level: 1 };
const prop = mock.property(config, 'level', 42);
console.log(config.level, prop.mock.accessCount(), prop.mock.accesses[0].type, prop.mock.accesses[0].value);
config.level = 9;
console.log(config.level, prop.mock.accesses.map((a) => `${a.type}:${a.value}`).join(' '));
prop.mock.mockImplementationOnce(100);
console.log(config.level, config.level);
prop.mock.resetAccesses();
console.log(prop.mock.accessCount());
mock.reset();
console.log('restored level', config.level);

const shared = { greet() { return 'hello'; } };
test('t.mock is per test', (t) => {
  t.mock.method(shared, 'greet', () => 'mocked hello');
  console.log('inside test:', shared.greet());
  t.after(() => console.log('in t.after:', shared.greet()));
});
test('restored afterwards', () => {
  console.log('next test:', shared.greet());
});
