console.log('Task 1');
setTimeout(() => console.log('Task 2'), 0);
console.log('Task 3');
