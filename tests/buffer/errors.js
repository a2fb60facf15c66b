const tries = [
  () => Buffer.from(123),
  () => Buffer.from(null),
  () => Buffer.alloc(-1),
  () => Buffer.alloc('5'),
  () => Buffer.from('x', 'nope'),
  () => Buffer.concat('x'),
  () => Buffer.concat([1]),
  () => Buffer.from('abc').toString('bogus'),
  () => Buffer.byteLength(5),
  () => Buffer.alloc(2).readUInt16LE(1),
  () => Buffer.alloc(2).writeUInt8(300, 0),
];
for (const t of tries) {
  try {
    t();
    console.log('no error');
  } catch (e) {
    console.log(`${e.name} [${e.code}]: ${e.message}`);
  }
}
