const m = process.memoryUsage();
console.log(Object.keys(m), Object.values(m).every((v) => typeof v === 'number'));
console.log(typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);
const c = process.cpuUsage();
console.log(Object.keys(c), c.user >= 0, c.system >= 0);
const r = process.resourceUsage();
console.log(Object.keys(r).length, typeof r.maxRSS);
