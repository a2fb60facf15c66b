// require() of an ES module that is still evaluating is ERR_REQUIRE_CYCLE_MODULE.
import './fixtures/esm-cycle/b.cjs';
export const a = 1;
console.log('a evaluated');
