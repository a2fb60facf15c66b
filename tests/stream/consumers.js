// stream/consumers: text, json, buffer and arrayBuffer from Node streams and
// async iterables, including multi-byte characters split across chunks.
'use strict';
const { text, json, buffer, arrayBuffer, bytes } = require('stream/consumers');
const { Readable, PassThrough } = require('stream');

async function main() {
  const euro = Buffer.from('€');
  console.log(await text(Readable.from([euro.subarray(0, 1), euro.subarray(1), 'ok'])));
  console.log(await json(Readable.from(['{"a":', '[1,2]}'])));
  const buf = await buffer(Readable.from([Buffer.from('ab'), 'cd', new Uint8Array([101])]));
  console.log(buf, Buffer.isBuffer(buf));
  const ab = await arrayBuffer(Readable.from([Buffer.from([1, 2, 3])]));
  console.log(ab instanceof ArrayBuffer, ab.byteLength, new Uint8Array(ab));
  async function* gen() { yield 'from '; yield 'generator'; }
  console.log(await text(gen()));
  console.log(await bytes(Readable.from(['hi', Buffer.from([0])])));
  const pt = new PassThrough();
  setImmediate(() => pt.end('late'));
  console.log(await text(pt));
  try {
    await json(Readable.from(['{bad']));
  } catch (e) {
    console.log(e.name);
  }
}
main();
