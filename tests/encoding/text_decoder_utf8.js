'use strict';
// TextDecoder utf-8: BOM, replacement, fatal, input kinds.
const show = (s) => console.log(JSON.stringify(s));
const td = new TextDecoder();
console.log(td.encoding, td.fatal, td.ignoreBOM, Object.prototype.toString.call(td));
show(td.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x62])));
show(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])));
show(td.decode(new Uint8Array([0xff, 0x61])));
show(td.decode(new Uint8Array([0xf0, 0x9f, 0x98])));
show(td.decode(new Uint8Array([0xed, 0xa0, 0x80])));
show(td.decode(new Uint8Array([0xc0, 0x80, 0x61])));
show(td.decode(new Uint8Array([0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80])));
show(td.decode(new Uint8Array([0x68, 0x69]).buffer));
show(td.decode(new DataView(new Uint8Array([0x6f, 0x6b]).buffer)));
show(td.decode(new Uint16Array([0x6261])));
show(td.decode(Buffer.from('buffer input')));
show(td.decode(new Uint8Array([0x61, 0x62, 0x63, 0x64]).subarray(1, 3)));
show(td.decode());
show(td.decode(undefined));
const fatal = new TextDecoder('utf-8', { fatal: true });
show(fatal.decode(new Uint8Array([0x61])));
for (const input of [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98]]) {
  try { fatal.decode(new Uint8Array(input)); } catch (e) {
    console.log(e.name, e.code, e.message, String(e), Object.keys(e));
  }
}
show(fatal.decode(new Uint8Array([0x62])));
