function g() { throw new Error('from an ES module'); }
g();
