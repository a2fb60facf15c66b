// console.trace prints "Trace: message" and stack frames to stderr.
const captured = [];
const { Console } = require('console');
const EventEmitter = require('events');
const s = Object.assign(new EventEmitter(), { write(chunk) { captured.push(chunk); return true; } });
const c = new Console(s);
function inner() { c.trace('here %s', 'now', { a: 1 }); }
inner();
c.trace();
for (const chunk of captured) {
  const lines = chunk.split('\n');
  console.log(lines[0]);
  console.log(/^ {4}at /.test(lines[1]), lines[1].includes('inner') || lines[1].includes('trace.js'));
}
