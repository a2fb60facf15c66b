// Shape of the global console object.
const util = require('util');
console.log(Object.keys(console));
console.log(Object.prototype.toString.call(console));
console.log(console.log.name, console.info.name, console.error.name, console.groupCollapsed.name);
console.log(require('console') === console);
const log = console.log;
log('detached call works');
[1, 2].forEach((x) => console.log(x));
console.log(typeof console.Console, console.Console.name);
console.log(util.inspect(console.log));
