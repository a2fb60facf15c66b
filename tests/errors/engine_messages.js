const t = [
  () => { const o = {}; o.nope(); },
  () => { null.x; },
  () => { undefined.y = 1; },
  () => { const c = 1; c = 2; },
  () => { x; let x = 1; },
  () => { notDefinedAnywhere; },
  () => { new Array(-1); },
  () => { Object.keys(null); },
  () => { class A {} A(); },
  () => { const f = 5; new f(); },
  () => { function r() { r(); } r(); },
  () => { require('fs').nope(); },
];
for (const f of t) { try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
