// Transpiler output: TypeScript __exportStar, Babel re-export loops, esbuild.
import * as ts from './fixtures/cjs-patterns/ts-star.js';
import * as babel from './fixtures/cjs-patterns/babel-star.js';
import * as esbuild from './fixtures/cjs-patterns/esbuild.js';
import { first } from './fixtures/cjs-patterns/esbuild.js';

const show = (name, ns) => console.log(name, Object.keys(ns).join(','));
show('ts', ts);
console.log(ts.own, ts.a, ts.renamed, ts.__esModule);
show('babel', babel);
console.log(babel.viaValue, babel.viaGetter);
show('esbuild', esbuild);
console.log(first, esbuild.second);
