// Named exports of CommonJS modules, detected statically.
import * as dot from './fixtures/cjs-patterns/dot-assign.js';
import dotDefault, { alpha, beta, gamma, delta } from './fixtures/cjs-patterns/dot-assign.js';
import * as literal from './fixtures/cjs-patterns/literal.js';
import * as literalStop from './fixtures/cjs-patterns/literal-stop.js';
import * as define from './fixtures/cjs-patterns/define.js';
import * as reexport from './fixtures/cjs-patterns/reexport.js';
import * as fnExport from './fixtures/cjs-patterns/function-export.js';
import * as regexDivision from './fixtures/cjs-patterns/regex-division.js';

const show = (name, ns) => console.log(name, Object.keys(ns).join(','));
show('dot', dot);
console.log(alpha, beta, gamma, delta, dot.default === dotDefault, dot['module.exports'] === dotDefault);
console.log(JSON.stringify(dotDefault));
show('literal', literal);
console.log(literal.renamed, typeof literal['quoted key']);
show('literal-stop', literalStop);
show('define', define);
console.log(define.__esModule, define.viaValue, define.viaGetter, typeof define.viaMethod, define.default.default);
show('reexport', reexport);
console.log(reexport.alpha, reexport.default === dotDefault);
show('function-export', fnExport);
console.log(fnExport.default(), fnExport.attached);
show('regex-division', regexDivision);
console.log(regexDivision.ratio, regexDivision.re);
