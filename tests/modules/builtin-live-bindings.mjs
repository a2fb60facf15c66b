// module.syncBuiltinESMExports(): named imports of builtins follow changes
// made to the builtin's exports object.
import fs, { readFile } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const original = fs.readFile;
fs.readFile = function replaced() {};
console.log(readFile === original);
syncBuiltinESMExports();
console.log(readFile === fs.readFile, readFile.name);
delete fs.readFile;
syncBuiltinESMExports();
console.log(readFile);
fs.readFile = original;
syncBuiltinESMExports();
console.log(readFile === original);
