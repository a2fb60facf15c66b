const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rode-fs-'));
const file = path.join(dir, 'a.txt');
fs.writeFileSync(file, 'hello\n');
fs.appendFileSync(file, 'world\n');
console.log(JSON.stringify(fs.readFileSync(file, 'utf8')), fs.readFileSync(file));
console.log(fs.existsSync(file), fs.existsSync(path.join(dir, 'nope')));
const st = fs.statSync(file);
console.log(st.isFile(), st.isDirectory(), st.size, st.mtime instanceof Date, typeof st.mtimeMs);
console.log(fs.statSync(dir).isDirectory(), fs.readdirSync(dir));
fs.writeFile(file, Buffer.from('async data'), (err) => {
  console.log('writeFile cb', err);
  fs.readFile(file, 'utf8', (err, data) => {
    console.log('readFile cb', err, data);
    fs.stat(file, (err, s) => {
      console.log('stat cb', err, s.size);
      fs.rmSync(dir, { recursive: true });
      console.log('removed', fs.existsSync(dir));
    });
  });
});
console.log('sync part done');
