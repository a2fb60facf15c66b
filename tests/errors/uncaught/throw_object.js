const o = {a: 1};
function f() { throw o; }
f();
