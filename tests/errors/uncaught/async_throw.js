async function main() { await null; throw new TypeError('in async'); }
main();
