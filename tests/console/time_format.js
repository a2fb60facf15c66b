// console.time/timeLog/timeEnd print "label: <duration>".
const out = [];
const { Console } = require('console');
const EventEmitter = require('events');
const s = Object.assign(new EventEmitter(), { write(chunk) { out.push(chunk); return true; } });
const c = new Console(s);
c.time();
c.timeLog();
c.timeLog('default', 'extra', { data: 1 });
c.timeEnd();
c.time('custom label');
c.timeEnd('custom label');
c.time(42);
c.timeEnd(42);
for (const line of out) {
  console.log(line.replace(/\d+(\.\d+)?ms/, 'Nms'));
}
console.log(out.every((l) => /^(default|custom label|42): \d+(\.\d{1,3})?ms/.test(l)));
