// groupIndentation of a Console instance applies to every kind of output.
const { Console } = require('console');
const EventEmitter = require('events');
function sink(name) {
  const s = new EventEmitter();
  s.write = (chunk) => { process.stdout.write(`${name}|${chunk}`); return true; };
  return s;
}
const c = new Console({ stdout: sink('out'), stderr: sink('err'), groupIndentation: 4 });
c.log('zero');
c.group('first');
c.log('one\ntwo');
c.table([{ a: 1 }]);
c.group();
c.dir({ deep: { er: { est: { x: 1 } } } }, { depth: 0 });
c.warn('warned');
c.assert(false, 'assert %s', 'inside');
c.groupEnd();
c.error(new Map([['k', 'v']]));
c.groupEnd();
c.groupEnd();
c.log('back');
const narrow = new Console({ stdout: sink('n'), groupIndentation: 0 });
narrow.group('g');
narrow.log('not indented');
try {
  new Console({ stdout: sink('x'), groupIndentation: 1001 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  new Console({ stdout: sink('x'), groupIndentation: '2' });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
