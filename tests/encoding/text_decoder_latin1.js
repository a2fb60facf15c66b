'use strict';
// TextDecoder windows-1252 (latin1/ascii labels): label mapping and byte table.
const labels = ['latin1', 'ascii', 'us-ascii', 'iso-8859-1', 'ISO-8859-1', ' l1 ', 'cp1252', 'windows-1252', 'iso_8859-1', 'iso88591', 'x-cp1252', 'ibm819'];
for (const l of labels) console.log(JSON.stringify(l), new TextDecoder(l).encoding);
const all = new Uint8Array(256);
for (let i = 0; i < 256; i++) all[i] = i;
const out = new TextDecoder('latin1').decode(all);
console.log(out.length);
const codes = [];
for (let i = 0x7e; i < 0xa2; i++) codes.push(out.charCodeAt(i).toString(16));
console.log(codes.join(' '));
console.log(out.slice(0xe0, 0xf0));
console.log(JSON.stringify(new TextDecoder('latin1', { fatal: true }).decode(new Uint8Array([0x81, 0x8d, 0xff]))));
console.log(JSON.stringify(new TextDecoder('latin1').decode(new Uint8Array([0xef, 0xbb, 0xbf]))));
