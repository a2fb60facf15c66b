'use strict';
// TextDecoder stream option: split sequences, BOM only at stream start.
const show = (v) => console.log(JSON.stringify(v));
const u8 = (...b) => new Uint8Array(b);
let d = new TextDecoder();
show([d.decode(u8(0xe2, 0x82), { stream: true }), d.decode(u8(0xac), { stream: true }), d.decode()]);
d = new TextDecoder();
show([d.decode(u8(0xe2, 0x82), { stream: true }), d.decode()]);
d = new TextDecoder();
show([d.decode(u8(0xef, 0xbb), { stream: true }), d.decode(u8(0xbf, 0x41), { stream: true }), d.decode(u8(0xef, 0xbb, 0xbf))]);
d = new TextDecoder();
show([d.decode(u8(0x61), { stream: true }), d.decode(u8(0xef, 0xbb, 0xbf))]);
d = new TextDecoder();
show([d.decode(u8(0xe0, 0x80), { stream: true }), d.decode()]);
d = new TextDecoder();
show([d.decode(u8(0xf0), { stream: true }), d.decode(u8(0x9f), { stream: true }), d.decode(u8(0x98), { stream: true }), d.decode(u8(0x80), { stream: true }), d.decode()]);
d = new TextDecoder('utf-8', { fatal: true });
show(d.decode(u8(0xe2, 0x82), { stream: true }));
try { d.decode(); } catch (e) { console.log('fatal end', e.code); }
show(d.decode(u8(0x6f, 0x6b)));
d = new TextDecoder();
const text = 'streaming ünïcödé 😀 text';
const all = new TextEncoder().encode(text);
let out = '';
for (let i = 0; i < all.length; i++) out += d.decode(all.subarray(i, i + 1), { stream: true });
out += d.decode();
show(out === text);
try { d.decode(u8(0x61), 1); } catch (e) { console.log(e.code, e.message); }
show(d.decode(u8(0x61), null));
