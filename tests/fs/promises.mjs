// fs/promises: the module's exports, fs.promises, and the common operations
// (files, directories, FileHandle), with Node's errors.
import * as fsp from 'node:fs/promises';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
console.log(Object.keys(fsp).filter((k) => k !== 'default').join(' '));
console.log(fs.promises === fsp.default, require('fs/promises') === fs.promises);
console.log(Object.getOwnPropertyDescriptor(fs, 'promises').enumerable);

const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'rode-fsp-'));
const file = path.join(dir, 'a.txt');
await fsp.writeFile(file, 'hello');
await fsp.appendFile(file, ' world');
console.log(await fsp.readFile(file, 'utf8'));
console.log((await fsp.readFile(file)).length, (await fsp.stat(file)).isFile());
console.log(await fsp.readdir(dir));
await fsp.mkdir(path.join(dir, 'sub/deep'), { recursive: true });
console.log((await fsp.readdir(dir, { withFileTypes: true })).map((d) => [d.name, d.isDirectory()]));

const fh = await fsp.open(file, 'r+');
console.log(typeof fh.fd, fh.constructor.name);
console.log(await fh.read(Buffer.alloc(5), 0, 5, 0));
console.log(await fh.write('HELLO', 0));
console.log(await fh.readFile('utf8'));
console.log((await fh.stat()).size);
await fh.close();
try {
  await fh.stat();
} catch (e) {
  console.log(e.message, e.code, e.syscall);
}

await fsp.rename(file, path.join(dir, 'b.txt'));
await fsp.copyFile(path.join(dir, 'b.txt'), path.join(dir, 'c.txt'));
await fsp.unlink(path.join(dir, 'b.txt'));
console.log((await fsp.readdir(dir)).sort(), await fsp.access(path.join(dir, 'c.txt')));

for (const f of [() => fsp.readFile(path.join(dir, 'missing')),
                 () => fsp.stat(path.join(dir, 'missing')),
                 () => fsp.readFile(1n)]) {
  try {
    await f();
  } catch (e) {
    console.log(e.code, e.message.replace(dir, '<dir>'));
  }
}
await fsp.rm(dir, { recursive: true });
try {
  await fsp.access(dir);
} catch (e) {
  console.log(e.code, e.syscall);
}
