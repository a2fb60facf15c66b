const t = setTimeout(() => console.log('should be cleared'), 5);
const id = +t;
console.log(typeof id, Number.isInteger(id), `${t}` === String(id));
clearTimeout(id);
const t2 = setTimeout(() => console.log('cleared by string id'), 5);
clearTimeout(String(t2[Symbol.toPrimitive]()));
setTimeout(() => console.log('done'), 10);
