// The `stream/consumers` builtin: read a whole stream (Node stream, web
// stream or async iterable) into a Buffer, ArrayBuffer, string, JSON value
// or Blob.

const { Buffer } = require('buffer');

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new globalThis.Blob(chunks);
}

// Strings are encoded as UTF-8, views contribute their bytes.
async function collectBytes(stream) {
  const chunks = [];
  let total = 0;
  for await (const chunk of stream) {
    let bytes;
    if (typeof chunk === 'string') {
      bytes = Buffer.from(chunk, 'utf8');
    } else if (ArrayBuffer.isView(chunk)) {
      bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    } else if (chunk instanceof ArrayBuffer) {
      bytes = new Uint8Array(chunk);
    } else {
      bytes = Buffer.from(String(chunk), 'utf8');
    }
    chunks.push(bytes);
    total += bytes.length;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (let i = 0; i < chunks.length; i++) {
    out.set(chunks[i], offset);
    offset += chunks[i].length;
  }
  return out;
}

async function arrayBuffer(stream) {
  if (typeof globalThis.Blob === 'function') {
    const ret = await blob(stream);
    return ret.arrayBuffer();
  }
  const bytes = await collectBytes(stream);
  return bytes.buffer;
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function bytes(stream) {
  return new Uint8Array(await arrayBuffer(stream));
}

async function text(stream) {
  const dec = new TextDecoder();
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') {
      str += chunk;
    } else {
      str += dec.decode(chunk, { stream: true });
    }
  }
  // Flush whatever a multi-byte character left behind.
  str += dec.decode(undefined, { stream: false });
  return str;
}

async function json(stream) {
  const str = await text(stream);
  return JSON.parse(str);
}

module.exports = {
  arrayBuffer,
  blob,
  buffer,
  bytes,
  text,
  json,
};
