// group/groupCollapsed/groupEnd indent every line by two spaces.
console.log('top');
console.group('Level 1');
console.log('inside 1');
console.log('multi\nline');
console.group();
console.log({ nested: { object: [1, 2, 3] }, withLongerContent: 'x'.repeat(50) });
console.error('error inside');
console.groupEnd();
console.groupCollapsed('collapsed %s', 'label');
console.table([{ a: 1 }]);
console.groupEnd();
console.groupEnd();
console.groupEnd();
console.log('back to top');
console.group('a', 'b', { c: 1 });
console.dir({ d: 1 });
console.groupEnd();
