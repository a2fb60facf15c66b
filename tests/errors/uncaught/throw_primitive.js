function f() {
  throw 1;
}
f();
