// count/countReset labels.
console.count();
console.count();
console.count('default');
console.count('other');
console.count(undefined);
console.countReset();
console.count();
console.count(1);
console.count({ toString() { return 'obj'; } });
console.countReset('other');
console.count('other');
