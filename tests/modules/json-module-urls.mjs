// A JSON module imported with a query or fragment is a module of its own,
// read again; without them it shares require()'s value.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-json-'));
const file = path.join(dir, 'data.json');
const url = pathToFileURL(file).href;
const require = createRequire(import.meta.url);
let i = 0;
const next = () => fs.writeFileSync(file, JSON.stringify({ id: i++ }));
next();
const plain = (await import(url, { with: { type: 'json' } })).default;
next();
const query = (await import(`${url}?a=1`, { with: { type: 'json' } })).default;
next();
const hash = (await import(`${url}#x`, { with: { type: 'json' } })).default;
console.log(plain, query, hash, require(file) === plain);
fs.rmSync(dir, { recursive: true });
