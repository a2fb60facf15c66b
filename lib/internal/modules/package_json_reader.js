// Reads and caches package.json files for both module loaders, and finds the
// package scope (nearest package.json) of a file. Only the fields that module
// resolution uses are kept: name, main, type, exports, imports.

const path = require('path');
// internal/url is loaded on first use: reading package.json files needs no URL.
const urlModule = require.lazy('internal/url');
const pathToFileURLHref = (a) => urlModule().pathToFileURLHref(a);
const fileURLToPath = (a) => urlModule().fileURLToPath(a);
const isURL = (a) => urlModule().isURL(a);
const getScheme = (a) => urlModule().getScheme(a);

let fsBinding;
function binding() {
  if (fsBinding === undefined) fsBinding = internalBinding('fs');
  return fsBinding;
}

let errorCodes;
function codes() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

const cache = new Map();     // package.json path -> PackageConfig
const scopeCache = new Map(); // directory -> PackageConfig of its scope

function readFileOrUndefined(jsonPath) {
  if (binding().internalModuleStat(jsonPath) !== 0) return undefined;
  try {
    return binding().readFileUtf8(jsonPath);
  } catch {
    return undefined;
  }
}

/**
 * @param {string} jsonPath absolute path of a package.json
 * @param {{ base?: string, specifier?: string, isESM?: boolean }} [options]
 * @returns {{ exists: boolean, pjsonPath: string, name?: string, main?: string,
 *   type: 'commonjs'|'module'|'none', exports?: any, imports?: any }}
 */
function read(jsonPath, options) {
  const cached = cache.get(jsonPath);
  if (cached !== undefined) return cached;

  const text = readFileOrUndefined(jsonPath);
  const result = {
    __proto__: null,
    exists: false,
    pjsonPath: jsonPath,
    name: undefined,
    main: undefined,
    type: 'none',
    exports: undefined,
    imports: undefined,
  };
  if (text !== undefined) {
    let parsed;
    try {
      parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    } catch {
      // Node's message carries no parser detail; it ends with a period.
      let err;
      if (options !== undefined && options.specifier !== undefined &&
          options.base !== undefined) {
        const base = getScheme(`${options.base}`) === 'file:' ?
          fileURLToPath(options.base) : `${options.base}`;
        err = new (codes().ERR_INVALID_PACKAGE_CONFIG)(
          jsonPath, `"${options.specifier}" from ${base}.`, undefined);
      } else {
        err = new (codes().ERR_INVALID_PACKAGE_CONFIG)(`${jsonPath}.`, undefined, undefined);
      }
      throw err;
    }
    result.exists = true;
    if (parsed !== null && typeof parsed === 'object') {
      // Own fields only: accessors on Object.prototype must not run.
      const own = (key) => (Object.prototype.hasOwnProperty.call(parsed, key) ?
        parsed[key] : undefined);
      const name = own('name');
      const main = own('main');
      const type = own('type');
      if (typeof name === 'string') result.name = name;
      if (typeof main === 'string') result.main = main;
      if (type === 'module' || type === 'commonjs') result.type = type;
      result.exports = own('exports');
      result.imports = own('imports');
    }
  }
  cache.set(jsonPath, result);
  return result;
}

// Finds the package.json governing `dir` (a directory path): walks up until a
// package.json exists, stopping at a node_modules folder and at the root.
function findScopeOfDirectory(dir) {
  const visited = [];
  let found = null;
  let current = dir;
  for (;;) {
    const cachedScope = scopeCache.get(current);
    if (cachedScope !== undefined) {
      found = cachedScope;
      break;
    }
    visited.push(current);
    if (path.basename(current) === 'node_modules') break;
    const jsonPath = current === '/' ? '/package.json' : current + '/package.json';
    const pkg = read(jsonPath);
    if (pkg.exists) {
      found = pkg;
      break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (let i = 0; i < visited.length; i++) scopeCache.set(visited[i], found);
  return found;
}

/**
 * Nearest package.json above `checkPath` (a file path).
 * @returns {{ data: object, path: string } | undefined}
 */
function getNearestParentPackageJSON(checkPath) {
  // (A path ending in "/" names a directory: its own package.json counts.)
  const dir = checkPath[checkPath.length - 1] === '/' ? path.resolve(checkPath) :
    path.dirname(path.resolve(checkPath));
  const pkg = findScopeOfDirectory(dir);
  if (pkg === null) return undefined;
  return { data: pkg, path: pkg.pjsonPath };
}

function getNearestParentPackageJSONType(checkPath) {
  const pkg = findScopeOfDirectory(path.dirname(path.resolve(checkPath)));
  return pkg === null ? 'none' : pkg.type;
}

/**
 * Package scope of a file: URL (ESM flavour): the config of the nearest
 * package.json, or a non-existing config.
 */
function getPackageScopeConfig(resolvedURL) {
  const href = `${resolvedURL}`;
  let filePath;
  try {
    filePath = fileURLToPath(href);
  } catch {
    filePath = undefined;
  }
  if (filePath !== undefined) {
    const dir = filePath.length > 1 && filePath[filePath.length - 1] === '/' ?
      filePath.slice(0, -1) : path.dirname(filePath);
    const pkg = findScopeOfDirectory(dir);
    if (pkg !== null) return pkg;
  }
  return {
    __proto__: null,
    exists: false,
    pjsonPath: filePath !== undefined ? path.dirname(filePath) + '/package.json' : 'package.json',
    name: undefined,
    main: undefined,
    type: 'none',
    exports: undefined,
    imports: undefined,
  };
}

function getPackageType(url) {
  return getPackageScopeConfig(url).type;
}

// Splits a bare specifier into package name and subpath (ESM rules).
function parsePackageName(specifier, base) {
  let separatorIndex = specifier.indexOf('/');
  let validPackageName = true;
  let isScoped = false;
  if (specifier[0] === '@') {
    isScoped = true;
    if (separatorIndex === -1 || specifier.length === 0) {
      validPackageName = false;
    } else {
      separatorIndex = specifier.indexOf('/', separatorIndex + 1);
    }
  }
  const packageName = separatorIndex === -1 ? specifier : specifier.slice(0, separatorIndex);
  if (packageName[0] === '.' || packageName.indexOf('\\') !== -1 ||
      packageName.indexOf('%') !== -1) {
    validPackageName = false;
  }
  if (!validPackageName) {
    throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(
      specifier, 'is not a valid package name',
      base !== undefined && base !== null ? fileURLToPath(base) : undefined);
  }
  const packageSubpath = '.' + (separatorIndex === -1 ? '' : specifier.slice(separatorIndex));
  return { packageName, packageSubpath, isScoped };
}

// file: href of the package.json of the package `specifier` resolved from
// `base` (a file: href), walking node_modules folders up.
function getPackageJSONURL(specifier, base) {
  const { packageName, packageSubpath, isScoped } = parsePackageName(specifier, base);
  // Like new URL('./node_modules/...', base): a base ending in "/" is a directory.
  const basePath = fileURLToPath(base);
  const baseDir = basePath[basePath.length - 1] === '/' && basePath.length > 1 ?
    basePath.slice(0, -1) : path.dirname(basePath);
  let dir = baseDir;
  for (;;) {
    if (path.basename(dir) !== 'node_modules') {
      const pkgDir = (dir === '/' ? '' : dir) + '/node_modules/' + packageName;
      if (binding().internalModuleStat(pkgDir) === 1) {
        const pjsonPath = pkgDir + '/package.json';
        const packageConfig = read(pjsonPath, { base, specifier, isESM: true });
        return {
          packageJSONUrl: pathToFileURLHref(pjsonPath),
          packageJSONPath: pjsonPath,
          packageSubpath,
          packageName,
          isScoped,
          packageConfig,
        };
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new (codes().ERR_MODULE_NOT_FOUND)(packageName, fileURLToPath(base), null);
}

function isRelativeOrAbsolute(specifier) {
  if (specifier[0] === '/') return true;
  if (specifier[0] !== '.') return false;
  return specifier.length === 1 || specifier[1] === '/' ||
    (specifier[1] === '.' && (specifier.length === 2 || specifier[2] === '/'));
}

// module.findPackageJSON(specifier[, base])
function findPackageJSON(specifier, base) {
  let specifierHref;
  if (isURL(specifier)) {
    specifierHref = `${specifier.href}`;
  } else if (typeof specifier !== 'string') {
    throw new (codes().ERR_INVALID_URL)(`${specifier}`);
  }
  let baseHref;
  if (base !== undefined) {
    if (isURL(base)) {
      baseHref = `${base.href}`;
    } else if (typeof base !== 'string') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('base', 'string', base);
    } else if (path.isAbsolute(base)) {
      baseHref = pathToFileURLHref(base);
    } else if (getScheme(base) !== '') {
      baseHref = base;
    } else {
      throw new (codes().ERR_INVALID_URL)(base);
    }
  }
  if (specifierHref === undefined) {
    if (getScheme(specifier) === '' && !isRelativeOrAbsolute(specifier)) {
      if (baseHref === undefined) throw new (codes().ERR_INVALID_URL)(specifier);
      return getPackageJSONURL(specifier, baseHref).packageJSONPath;
    }
    specifierHref = specifier;
  }
  if (baseHref === undefined) baseHref = 'data:';
  let resolved;
  try {
    resolved = require('internal/modules/esm/resolve').defaultResolve(specifierHref, baseHref);
  } catch (err) {
    if (err == null || err.code !== 'ERR_UNSUPPORTED_DIR_IMPORT') throw err;
    resolved = err.url;
  }
  const filePath = fileURLToPath(resolved);
  // A directory given with a trailing slash is searched from itself; like
  // Node, the path itself is returned when no package.json is found.
  const dir = filePath[filePath.length - 1] === '/' ? filePath.slice(0, -1) || '/' :
    path.dirname(filePath);
  const pkg = findScopeOfDirectory(dir);
  return pkg === null ? filePath : pkg.pjsonPath;
}

module.exports = {
  read,
  getNearestParentPackageJSON,
  getNearestParentPackageJSONType,
  getPackageScopeConfig,
  getPackageType,
  getPackageJSONURL,
  parsePackageName,
  findPackageJSON,
};
