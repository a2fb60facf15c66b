// ES module cycles and live bindings.
import { a, setA, seenFromB, b } from './fixtures/esm/cycle-a.mjs';
import { getA } from './fixtures/esm/cycle-b.mjs';
console.log(a, b, seenFromB);
setA('changed');
console.log(a, getA());
