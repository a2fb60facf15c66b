// new Console(stream) and new Console(options) writing to custom streams.
const { Console } = require('console');
const EventEmitter = require('events');
function makeStream(name) {
  const s = new EventEmitter();
  s.write = (chunk) => { process.stdout.write(`[${name}] ${JSON.stringify(chunk)}\n`); return true; };
  return s;
}
const out = makeStream('out');
const err = makeStream('err');
const c1 = new Console(out, err);
c1.log('hello', { a: 1 });
c1.error('to err');
c1.warn('warn to err');
c1.trace === undefined || c1.info('info');
const c2 = new Console({ stdout: out });
c2.error('stderr defaults to stdout');
const c3 = new Console({ stdout: out, groupIndentation: 4 });
c3.group('g');
c3.log('indented by four');
c3.groupEnd();
const c4 = new Console({ stdout: out, inspectOptions: { depth: 0, breakLength: 10 } });
c4.log({ a: { b: 1 } }, [1, 2, 3]);
const c5 = new Console({ stdout: out, colorMode: true });
c5.log({ colored: 1 }, 'plain string');
const c6 = Console(out);
c6.log('called without new', c6 instanceof Console);
console.log(Object.keys(c1));
console.log(console instanceof Console, typeof console.Console, console.Console === Console);
