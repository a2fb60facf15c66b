// decodeStrings, defaultEncoding and setDefaultEncoding: what _write receives.
'use strict';
const { Writable } = require('stream');

const seen = [];
const w = new Writable({
  decodeStrings: false,
  write(chunk, enc, cb) {
    seen.push([typeof chunk, String(chunk), enc]);
    cb();
  },
});
w.write('plain');
w.write('aGk=', 'base64');
w.write(Buffer.from('buf'));
w.write(new Uint8Array([65, 66]));
w.setDefaultEncoding('HEX');
w.write('abcd');
console.log(w._writableState.defaultEncoding, w.setDefaultEncoding('utf-8') === w, w._writableState.defaultEncoding);
try {
  w.setDefaultEncoding('nope');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  w.setDefaultEncoding(5);
} catch (e) {
  console.log(e.code, e.message);
}
w.end(() => console.log(seen));

const seen2 = [];
const w2 = new Writable({
  defaultEncoding: 'latin1',
  write(chunk, enc, cb) {
    seen2.push([chunk, enc]);
    cb();
  },
});
w2.write('é');
w2.write('é', 'utf8');
w2.write('ff', 'hex');
w2.end(() => console.log(seen2));

const w3 = new Writable({
  objectMode: true,
  write(chunk, enc, cb) {
    console.log('object mode', chunk, enc);
    cb();
  },
});
w3.write('s');
w3.write('s', 'hex');
w3.write({}, 'whatever');
w3.write(1, () => console.log('object cb'));
