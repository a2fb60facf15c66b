'use strict';
// TextDecoder utf-16le / utf-16be: BOM, odd bytes, surrogates, streaming.
const show = (v) => console.log(JSON.stringify(v));
const u8 = (...b) => new Uint8Array(b);
const le = new TextDecoder('utf-16le');
console.log(le.encoding, new TextDecoder('utf-16').encoding, new TextDecoder('UCS-2').encoding, new TextDecoder('utf-16be').encoding);
show(le.decode(u8(0xff, 0xfe, 0x61, 0, 0x62, 0)));
show(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(u8(0xff, 0xfe, 0x61, 0)));
show(le.decode(u8(0x61, 0, 0x62)));
show(le.decode(u8(0x00, 0xd8, 0x61, 0)));
show(le.decode(u8(0x00, 0xdc)));
show(le.decode(u8(0x3d, 0xd8, 0x00, 0xde)));
show(le.decode(new Uint16Array([0x48, 0x49])));
try { new TextDecoder('utf-16le', { fatal: true }).decode(u8(0x00, 0xd8)); } catch (e) { console.log(e.name, e.code, e.message); }
const s = new TextDecoder('utf-16le');
show([s.decode(u8(0x3d), { stream: true }), s.decode(u8(0xd8), { stream: true }), s.decode(u8(0x00, 0xde), { stream: true }), s.decode(u8(0x61), { stream: true }), s.decode()]);
const s2 = new TextDecoder('utf-16le');
show([s2.decode(u8(0x3d, 0xd8), { stream: true }), s2.decode(u8(0x61, 0), { stream: true }), s2.decode(u8(0xff, 0xfe, 0x62, 0))]);
const be = new TextDecoder('utf-16be');
show(be.decode(u8(0xfe, 0xff, 0, 0x61, 0xd8, 0x3d, 0xde, 0x00)));
