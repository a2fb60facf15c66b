// util.inspect shows a Set/Map subclass through its own size and iterator, as Node.
class Evens extends Set {
  *[Symbol.iterator]() { for (const v of super.values()) if (v % 2 === 0) yield v; }
  get size() { return [...this].length; }
}
console.log(new Evens([1, 2, 3, 4]));
class Doubled extends Map {
  *[Symbol.iterator]() { for (const [k, v] of super.entries()) yield [k, v * 2]; }
}
console.log(new Doubled([['a', 1], ['b', 2]]));
const flags = process.allowedNodeEnvironmentFlags;
console.log(flags.has('--max-old-space-size'), flags.has('max_old_space_size'),
  flags.has('--stack-trace-limit=50'), flags.has('--nope'), flags.size > 100,
  Object.isFrozen(flags), flags.add('x') === flags, flags.has('x'));
