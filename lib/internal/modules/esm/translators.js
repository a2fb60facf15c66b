// Builds the ES module source texts ("facades") that stand for modules which
// are not ES module files: CommonJS files (named exports found statically,
// plus default and 'module.exports'), builtins (default plus every own
// enumerable key), JSON, and the __esModule interop namespace used by
// require(esm). Facades get their values from the 'rode:internal' module.

const path = require('path');
const { fileURLToPath } = require('internal/url');

// IdentifierName: what may follow `as` without quotes.
const identifierNameRe = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u;
const loneSurrogateRe = /[\ud800-\udbff](?![\udc00-\udfff])|(?:[^\ud800-\udbff]|^)[\udc00-\udfff]/;

function exportName(name) {
  return identifierNameRe.test(name) ? name : JSON.stringify(name);
}

// Source of `export`s for `names`, read from the object bound to `m`.
// Like Node, a name that is not an own property exports undefined and a
// throwing getter is ignored.
const readerSource = 'const hasOwn = Object.prototype.hasOwnProperty;\n' +
  'function g(k) {\n' +
  '  if (m === null || (typeof m !== "object" && typeof m !== "function") ||\n' +
  '      !hasOwn.call(m, k)) return undefined;\n' +
  '  try { return m[k]; } catch { return undefined; }\n' +
  '}\n';

function namedExportsSource(names) {
  let decls = '';
  let specs = '';
  let i = 0;
  for (const name of names) {
    if (name === 'default' || name === 'module.exports') continue;
    if (loneSurrogateRe.test(name)) continue;
    decls += `const e${i} = g(${JSON.stringify(name)});\n`;
    specs += (specs === '' ? '' : ', ') + `e${i} as ${exportName(name)}`;
    i++;
  }
  return specs === '' ? '' : `${readerSource}${decls}export { ${specs} };\n`;
}

// ---------------------------------------------------------------------------
// CommonJS: named exports, following re-exports like Node.

const cjsExportsCache = new Map(); // filename -> Set of names

function collectCjsExports(filename, source, visiting) {
  const cached = cjsExportsCache.get(filename);
  if (cached !== undefined) return cached;
  const names = new Set();
  if (visiting.has(filename)) return names;
  visiting.add(filename);

  let result;
  try {
    result = require('internal/modules/esm/cjs_lexer').parse(source);
  } catch {
    result = { exports: [], reexports: [] };
  }
  for (let i = 0; i < result.exports.length; i++) names.add(result.exports[i]);

  if (result.reexports.length > 0) {
    const { Module } = require('internal/modules/cjs/loader');
    const fakeParent = new Module(filename, null);
    fakeParent.filename = filename;
    fakeParent.paths = Module._nodeModulePaths(path.dirname(filename));
    for (let i = 0; i < result.reexports.length; i++) {
      let resolved;
      try {
        resolved = Module._resolveFilename(result.reexports[i], fakeParent, false);
      } catch {
        continue;
      }
      const ext = path.extname(resolved);
      if (!path.isAbsolute(resolved) || (ext !== '.js' && ext !== '.cjs' && ext !== '')) {
        continue;
      }
      if (ext !== '.cjs') {
        const pkgType = require('internal/modules/package_json_reader')
          .getNearestParentPackageJSONType(resolved);
        if (pkgType === 'module') continue;
      }
      let reexportSource;
      try {
        reexportSource = internalBinding('fs').readFileUtf8(resolved);
      } catch {
        continue;
      }
      const sub = collectCjsExports(resolved, reexportSource, visiting);
      for (const name of sub) {
        if (name !== 'default') names.add(name);
      }
    }
  }
  visiting.delete(filename);
  cjsExportsCache.set(filename, names);
  return names;
}

function commonjsFacadeSource(url, filename, source) {
  const names = collectCjsExports(filename, source, new Set());
  return "import { requireCjs } from 'rode:internal';\n" +
    `const m = requireCjs(${JSON.stringify(url)});\n` +
    "export { m as default, m as 'module.exports' };\n" +
    namedExportsSource(names);
}

// ---------------------------------------------------------------------------
// Builtins.

// The named exports are `let` bindings that module.syncBuiltinESMExports()
// refreshes: the facade hands loadBuiltin() a function that re-reads them.
function builtinFacadeSource(id, exportsObject) {
  const names = [];
  if (exportsObject !== null && (typeof exportsObject === 'object' ||
                                 typeof exportsObject === 'function')) {
    const keys = Object.keys(exportsObject);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== 'default' && !loneSurrogateRe.test(keys[i])) names.push(keys[i]);
    }
  }
  let decls = '';
  let updates = '';
  let specs = '';
  for (let i = 0; i < names.length; i++) {
    const key = JSON.stringify(names[i]);
    decls += `let e${i} = g(${key});\n`;
    updates += `  e${i} = g(${key});\n`;
    specs += `, e${i} as ${exportName(names[i])}`;
  }
  return "import { loadBuiltin } from 'rode:internal';\n" +
    `const m = loadBuiltin(${JSON.stringify(id)}, function() {\n${updates}});\n` +
    readerSource + decls +
    `export { m as default${specs} };\n`;
}

// ---------------------------------------------------------------------------
// JSON: the value comes from requireCjs() (shared with require.cache, or
// parsed by the loader for data: URLs, URLs with a query and hook sources).

function jsonFacadeSource(url) {
  return "import { requireCjs } from 'rode:internal';\n" +
    `export default requireCjs(${JSON.stringify(url)});\n`;
}

// ---------------------------------------------------------------------------
// require(esm) of a module with a default export: add __esModule: true.

function esModuleInteropSource(url) {
  const spec = JSON.stringify(url);
  return `export * from ${spec};\nexport { default } from ${spec};\n` +
    'export const __esModule = true;\n';
}

module.exports = {
  commonjsFacadeSource,
  builtinFacadeSource,
  jsonFacadeSource,
  esModuleInteropSource,
  collectCjsExports,
  fileURLToPath,
};
