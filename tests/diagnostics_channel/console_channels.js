// console.log/info/debug/warn/error publish their arguments on the console.*
// channels before formatting (a subscriber's change shows in the output).
const dc = require('diagnostics_channel');
for (const name of ['log', 'info', 'debug', 'warn', 'error']) {
  dc.channel(`console.${name}`).subscribe((args) => {
    process.stdout.write(`[${name} channel] ${args.length} args\n`);
    if (typeof args[1] === 'object') args[1].seen = name;
  });
}
console.log('a', { x: 1 });
console.info('b', { x: 2 });
console.debug('c');
console.warn('d', { x: 3 });
console.error('e');
const { Console } = require('console');
console.log(Console.prototype.info === Console.prototype.log, Console.prototype.dirxml === Console.prototype.log);
