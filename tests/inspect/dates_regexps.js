// Dates (ISO string or Invalid Date) and regular expressions.
const util = require('util');
console.log(util.inspect(new Date(0)));
console.log(util.inspect(new Date(Date.UTC(2024, 1, 29, 12, 30, 45, 123))));
console.log(util.inspect(new Date(NaN)));
console.log(util.inspect(Object.assign(new Date(0), { note: 'epoch' })));
class MyDate extends Date {}
console.log(util.inspect(new MyDate(0)));
console.log(util.inspect({ when: new Date(86400000) }));
console.log(util.inspect(/abc/gi), util.inspect(/[\n\/]/msuy), util.inspect(new RegExp('a/b', 'd')));
console.log(util.inspect(Object.assign(/x/, { extra: true })));
class MyRegExp extends RegExp {}
console.log(util.inspect(new MyRegExp('sub')));
console.log(util.inspect({ re: /deep/ }, { depth: 0 }));
console.log(util.inspect(Object.setPrototypeOf(/np/, null)));
