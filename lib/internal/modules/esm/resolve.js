// The ES module resolution algorithm (Node's documented ESM_RESOLVE): relative
// and absolute URLs, bare packages with "exports"/"imports" and conditions,
// self-reference, and the errors with Node's codes and messages. The CommonJS
// loader reuses packageExportsResolve/packageImportsResolve with its own
// conditions. URLs are handled as href strings.

const path = require('path');
const {
  pathToFileURLHref,
  fileURLToPath,
  getScheme,
  resolveURLHref,
  fileHrefParts,
} = require('internal/url');
const packageJsonReader = require('internal/modules/package_json_reader');

let errorCodes;
function codes() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

let fsBinding;
function binding() {
  if (fsBinding === undefined) fsBinding = internalBinding('fs');
  return fsBinding;
}

let BuiltinModule;
function builtins() {
  if (BuiltinModule === undefined) BuiltinModule = require('internal/bootstrap/realm').BuiltinModule;
  return BuiltinModule;
}

// Node 24: require(esm) is on, so "module-sync" is a default condition of both
// loaders; --conditions adds the user's.
let defaultConditions;
let defaultConditionsSet;

function initDefaultConditions() {
  const helpers = require('internal/modules/helpers');
  defaultConditions = ['node', 'import'];
  if (helpers.isRequireModuleEnabled()) defaultConditions.push('module-sync');
  if (helpers.getOptionValue('--addons', true)) defaultConditions.push('node-addons');
  defaultConditions.push(...helpers.getUserConditions());
  defaultConditionsSet = new Set(defaultConditions);
}

// A Node builtin name usable without "node:" (rode may not have it yet).
function isNodeBuiltinWithoutScheme(specifier) {
  return !specifier.startsWith('node:') &&
    require('internal/modules/helpers').isNodeBuiltinName(specifier);
}

function getDefaultConditions() {
  if (defaultConditions === undefined) initDefaultConditions();
  return defaultConditions;
}

function getDefaultConditionsSet() {
  if (defaultConditions === undefined) initDefaultConditions();
  return defaultConditionsSet;
}

function getConditionsSet(conditions) {
  if (defaultConditions === undefined) initDefaultConditions();
  if (conditions === undefined || conditions === defaultConditions) return defaultConditionsSet;
  if (conditions instanceof Set) return conditions;
  return new Set(conditions);
}

// ---------------------------------------------------------------------------
// Small helpers.

function basePath(base) {
  if (base === undefined || base === null) return undefined;
  return getScheme(base) === 'file:' ? fileURLToPath(base) : `${base}`;
}

// new URL('.', href).href for a file: href without query/fragment.
function dirHref(href) {
  return href.slice(0, href.lastIndexOf('/') + 1);
}

function packageDirPath(packageJSONUrl) {
  return fileURLToPath(dirHref(packageJSONUrl));
}

function hasOwn(obj, key) {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

function decodeSegmentChars(seg) {
  return seg.indexOf('%') === -1 ? seg :
    seg.replace(/%([0-9a-fA-F]{2})/g, (m, hex) => {
      const c = parseInt(hex, 16);
      return c < 128 ? String.fromCharCode(c) : m;
    });
}

// Segment checks used on "exports"/"imports" targets and pattern matches:
// returns 0 when fine, 1 when only empty segments (deprecated), 2 when a ".",
// ".." or "node_modules" segment is present (invalid).
function checkSegments(str) {
  const segs = str.split(/[\\/]/);
  let result = 0;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i];
    if (seg === '') {
      result = 1;
      continue;
    }
    if (seg.length > 36) continue;
    const s = decodeSegmentChars(seg).toLowerCase();
    if (s === '.' || s === '..' || s === 'node_modules') return 2;
  }
  return result;
}

const emittedDeprecations = new Set();

function emitInvalidSegmentDeprecation(target, request, match, packageJSONUrl, internal, base, isTarget) {
  // Not deduplicated: Node warns on every resolution.
  const pjsonPath = fileURLToPath(packageJSONUrl);
  const double = /[\\/]{2}/.test(isTarget ? target : request);
  process.emitWarning(
    `Use of deprecated ${double ? 'double slash' : 'leading or trailing slash matching'} resolving "${target}" for module ` +
    `request "${request}" ${request !== match ? `matched to "${match}" ` : ''
    }in the "${internal ? 'imports' : 'exports'}" field module resolution of the package at ${
      pjsonPath}${base ? ` imported from ${basePath(base)}` : ''}.`,
    'DeprecationWarning', 'DEP0166');
}

function emitTrailingSlashPatternDeprecation(match, packageJSONUrl, base) {
  const pjsonPath = fileURLToPath(packageJSONUrl);
  const key = `${pjsonPath}|${match}`;
  if (emittedDeprecations.has(key)) return;
  emittedDeprecations.add(key);
  process.emitWarning(
    `Use of deprecated trailing slash pattern mapping "${match}" in the ` +
    `"exports" field module resolution of the package at ${pjsonPath}${
      base ? ` imported from ${basePath(base)}` : ''}. Mapping specifiers ending in "/" is no longer supported.`,
    'DeprecationWarning', 'DEP0155');
}

function invalidPackageTarget(subpath, target, packageJSONUrl, internal, base) {
  return new (codes().ERR_INVALID_PACKAGE_TARGET)(
    packageDirPath(packageJSONUrl), subpath, target, internal, basePath(base));
}

function exportsNotFound(subpath, packageJSONUrl, base) {
  return new (codes().ERR_PACKAGE_PATH_NOT_EXPORTED)(
    packageDirPath(packageJSONUrl), subpath, basePath(base));
}

function importNotDefined(specifier, packageJSONUrl, base) {
  return new (codes().ERR_PACKAGE_IMPORT_NOT_DEFINED)(
    specifier, packageJSONUrl && packageDirPath(packageJSONUrl), basePath(base));
}

function throwInvalidSubpath(request, match, packageJSONUrl, internal, base) {
  const reason = `request is not a valid match in pattern "${match}" for the "${
    internal ? 'imports' : 'exports'}" resolution of ${fileURLToPath(packageJSONUrl)}`;
  throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(request, reason, basePath(base));
}

function isArrayIndex(key) {
  const n = Number(key);
  if (`${n}` !== key) return false;
  return n >= 0 && n < 0xffffffff;
}

function replaceStars(str, value) {
  return str.indexOf('*') === -1 ? str : str.split('*').join(value);
}

// ---------------------------------------------------------------------------
// PACKAGE_TARGET_RESOLVE

function resolvePackageTargetString(target, subpath, match, packageJSONUrl, base, pattern,
                                    internal, isPathMap, conditions) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw invalidPackageTarget(match, target, packageJSONUrl, internal, base);
  }

  if (!target.startsWith('./')) {
    if (internal && !target.startsWith('../') && !target.startsWith('/') &&
        getScheme(target) === '') {
      const exportTarget = pattern ? replaceStars(target, subpath) : target + subpath;
      return packageResolve(exportTarget, packageJSONUrl, conditions);
    }
    throw invalidPackageTarget(match, target, packageJSONUrl, internal, base);
  }

  const targetCheck = checkSegments(target.slice(2));
  if (targetCheck === 2) {
    throw invalidPackageTarget(match, target, packageJSONUrl, internal, base);
  } else if (targetCheck === 1 && !isPathMap) {
    const resolvedTarget = pattern ? replaceStars(target, subpath) : target;
    emitInvalidSegmentDeprecation(resolvedTarget, match, match, packageJSONUrl, internal,
                                  base, true);
  }

  const resolved = resolveURLHref(target, packageJSONUrl);
  const resolvedPath = fileHrefParts(resolved).pathname;
  const packagePath = fileHrefParts(dirHref(packageJSONUrl)).pathname;
  if (!resolvedPath.startsWith(packagePath)) {
    throw invalidPackageTarget(match, target, packageJSONUrl, internal, base);
  }

  if (subpath === '') return resolved;

  const subpathCheck = checkSegments(subpath);
  if (subpathCheck !== 0) {
    const request = pattern ? match.replace('*', () => subpath) : match + subpath;
    if (subpathCheck === 1) {
      if (!isPathMap) {
        const resolvedTarget = pattern ? replaceStars(target, subpath) : target;
        emitInvalidSegmentDeprecation(resolvedTarget, request, match, packageJSONUrl, internal,
                                      base, false);
      }
    } else {
      throwInvalidSubpath(request, match, packageJSONUrl, internal, base);
    }
  }

  if (pattern) {
    return resolveURLHref(replaceStars(resolved, subpath), undefined);
  }
  return resolveURLHref(subpath, resolved);
}

function resolvePackageTarget(packageJSONUrl, target, subpath, packageSubpath, base, pattern,
                              internal, isPathMap, conditions) {
  if (typeof target === 'string') {
    return resolvePackageTargetString(target, subpath, packageSubpath, packageJSONUrl, base,
                                      pattern, internal, isPathMap, conditions);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (let i = 0; i < target.length; i++) {
      let resolveResult;
      try {
        resolveResult = resolvePackageTarget(packageJSONUrl, target[i], subpath, packageSubpath,
                                             base, pattern, internal, isPathMap, conditions);
      } catch (e) {
        lastException = e;
        if (e !== null && typeof e === 'object' && e.code === 'ERR_INVALID_PACKAGE_TARGET') {
          continue;
        }
        throw e;
      }
      if (resolveResult === undefined) continue;
      if (resolveResult === null) {
        lastException = null;
        continue;
      }
      return resolveResult;
    }
    if (lastException === undefined || lastException === null) return lastException;
    throw lastException;
  }
  if (typeof target === 'object' && target !== null) {
    const keys = Object.getOwnPropertyNames(target);
    for (let i = 0; i < keys.length; i++) {
      if (isArrayIndex(keys[i])) {
        throw new (codes().ERR_INVALID_PACKAGE_CONFIG)(
          fileURLToPath(packageJSONUrl), base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'default' || conditions.has(key)) {
        const resolveResult = resolvePackageTarget(packageJSONUrl, target[key], subpath,
                                                   packageSubpath, base, pattern, internal,
                                                   isPathMap, conditions);
        if (resolveResult === undefined) continue;
        return resolveResult;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidPackageTarget(packageSubpath, target, packageJSONUrl, internal, base);
}

function isConditionalExportsMainSugar(exports, packageJSONUrl, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.getOwnPropertyNames(exports);
  let isConditionalSugar = false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const curIsConditionalSugar = key === '' || key[0] !== '.';
    if (i === 0) {
      isConditionalSugar = curIsConditionalSugar;
    } else if (isConditionalSugar !== curIsConditionalSugar) {
      throw new (codes().ERR_INVALID_PACKAGE_CONFIG)(
        fileURLToPath(packageJSONUrl), base,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isConditionalSugar;
}

// PATTERN_KEY_COMPARE: longer prefix before "*" first, then longer key.
function patternKeyCompare(a, b) {
  const aPatternIndex = a.indexOf('*');
  const bPatternIndex = b.indexOf('*');
  const baseLenA = aPatternIndex === -1 ? a.length : aPatternIndex + 1;
  const baseLenB = bPatternIndex === -1 ? b.length : bPatternIndex + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aPatternIndex === -1) return 1;
  if (bPatternIndex === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Finds the best pattern key of `map` for `request`: [key, patternMatch].
function findPatternMatch(map, request, onTrailingSlash) {
  let bestMatch = '';
  let bestMatchSubpath;
  const keys = Object.getOwnPropertyNames(map);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const patternIndex = key.indexOf('*');
    if (patternIndex !== -1 && request.startsWith(key.slice(0, patternIndex))) {
      if (onTrailingSlash !== undefined && request[request.length - 1] === '/') {
        onTrailingSlash();
      }
      const patternTrailer = key.slice(patternIndex + 1);
      if (request.length >= key.length && request.endsWith(patternTrailer) &&
          patternKeyCompare(bestMatch, key) === 1 && key.lastIndexOf('*') === patternIndex) {
        bestMatch = key;
        bestMatchSubpath = request.slice(patternIndex, request.length - patternTrailer.length);
      }
    }
  }
  return bestMatch === '' ? null : [bestMatch, bestMatchSubpath];
}

/**
 * PACKAGE_EXPORTS_RESOLVE
 * @param {string} packageJSONUrl file: href of the package.json
 * @param {string} packageSubpath "." or "./sub/path"
 * @param {object} packageConfig as returned by package_json_reader.read
 * @param {string|undefined|null} base file: href of the importer
 * @param {Set<string>} conditions
 * @returns {string} resolved href
 */
function packageExportsResolve(packageJSONUrl, packageSubpath, packageConfig, base, conditions) {
  let exports = packageConfig.exports;
  if (isConditionalExportsMainSugar(exports, packageJSONUrl, base)) {
    exports = { '.': exports };
  }

  if (hasOwn(exports, packageSubpath) && packageSubpath.indexOf('*') === -1 &&
      packageSubpath[packageSubpath.length - 1] !== '/') {
    const resolveResult = resolvePackageTarget(packageJSONUrl, exports[packageSubpath], '',
                                               packageSubpath, base, false, false, false,
                                               conditions);
    if (resolveResult == null) throw exportsNotFound(packageSubpath, packageJSONUrl, base);
    return resolveResult;
  }

  const match = findPatternMatch(exports, packageSubpath, () => {
    emitTrailingSlashPatternDeprecation(packageSubpath, packageJSONUrl, base);
  });
  if (match !== null) {
    const resolveResult = resolvePackageTarget(packageJSONUrl, exports[match[0]], match[1],
                                               match[0], base, true, false,
                                               packageSubpath[packageSubpath.length - 1] === '/',
                                               conditions);
    if (resolveResult == null) throw exportsNotFound(packageSubpath, packageJSONUrl, base);
    return resolveResult;
  }

  throw exportsNotFound(packageSubpath, packageJSONUrl, base);
}

/**
 * PACKAGE_IMPORTS_RESOLVE
 * @param {string} name "#specifier"
 * @param {string} base file: href of the importer
 * @param {Set<string>} conditions
 */
function packageImportsResolve(name, base, conditions) {
  // Node 24 accepts "#/..." (a root wildcard), but not "#" or a trailing "/".
  if (name === '#' || name === '#/' || name[name.length - 1] === '/') {
    const reason = 'is not a valid internal imports specifier name';
    throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(name, reason, fileURLToPath(base));
  }
  let packageJSONUrl;
  const packageConfig = packageJsonReader.getPackageScopeConfig(base);
  if (packageConfig.exists) {
    packageJSONUrl = pathToFileURLHref(packageConfig.pjsonPath);
    const imports = packageConfig.imports;
    if (imports !== null && typeof imports === 'object') {
      if (hasOwn(imports, name) && name.indexOf('*') === -1) {
        const resolveResult = resolvePackageTarget(packageJSONUrl, imports[name], '', name, base,
                                                   false, true, false, conditions);
        if (resolveResult != null) return resolveResult;
      } else {
        const match = findPatternMatch(imports, name, undefined);
        if (match !== null) {
          const resolveResult = resolvePackageTarget(packageJSONUrl, imports[match[0]],
                                                     match[1], match[0], base, true, true,
                                                     false, conditions);
          if (resolveResult != null) return resolveResult;
        }
      }
    }
  }
  throw importNotDefined(name, packageJSONUrl, base);
}

// LEGACY main resolution for packages without "exports" (ESM flavour).
const legacyMainSuffixes = ['', '.js', '.json', '.node', '/index.js', '/index.json',
                            '/index.node'];
const legacyIndexFiles = ['./index.js', './index.json', './index.node'];

// DEP0151: an ES module found through extension or index guessing.
function emitLegacyIndexDeprecation(url, packageJSONUrl, base, main) {
  if (process.noDeprecation) return;
  const filePath = fileURLToPath(url);
  const ext = path.extname(filePath);
  const isModule = ext === '.mjs' || ((ext === '.js' || ext === '') &&
    packageJsonReader.getNearestParentPackageJSONType(filePath) === 'module');
  if (!isModule) return;
  const pkgPath = packageDirPath(packageJSONUrl);
  const from = basePath(base);
  if (main === undefined) {
    process.emitWarning(
      `No "main" or "exports" field defined in the package.json for ${pkgPath} resolving ` +
      `the main entry point "${filePath.slice(pkgPath.length)}", imported from ${from}.\n` +
      'Default "index" lookups for the main are deprecated for ES modules.',
      'DeprecationWarning', 'DEP0151');
  } else if (path.resolve(pkgPath, main) !== filePath) {
    process.emitWarning(
      `Package ${pkgPath} has a "main" field set to "${main}", excluding the full filename ` +
      `and extension to the resolved file at "${filePath.slice(pkgPath.length)}", imported ` +
      `from ${from}.\n Automatic extension resolution of the "main" field is deprecated for ` +
      'ES modules.',
      'DeprecationWarning', 'DEP0151');
  }
}

function legacyMainResolve(packageJSONUrl, packageConfig, base) {
  const main = packageConfig.main;
  if (typeof main === 'string') {
    for (let i = 0; i < legacyMainSuffixes.length; i++) {
      const guess = resolveURLHref(`./${main}${legacyMainSuffixes[i]}`, packageJSONUrl);
      if (binding().internalModuleStat(fileURLToPath(guess)) === 0) {
        if (i !== 0) emitLegacyIndexDeprecation(guess, packageJSONUrl, base, main);
        return guess;
      }
    }
  }
  for (let i = 0; i < legacyIndexFiles.length; i++) {
    const guess = resolveURLHref(legacyIndexFiles[i], packageJSONUrl);
    if (binding().internalModuleStat(fileURLToPath(guess)) === 0) {
      emitLegacyIndexDeprecation(guess, packageJSONUrl, base,
                                 typeof main === 'string' ? main : undefined);
      return guess;
    }
  }
  const missing = resolveURLHref(typeof main === 'string' ? `./${main}` : './index.js',
                                 packageJSONUrl);
  throw new (codes().ERR_MODULE_NOT_FOUND)(fileURLToPath(missing), basePath(base), undefined);
}

// PACKAGE_RESOLVE
function packageResolve(specifier, base, conditions) {
  if (builtins().canBeRequiredWithoutScheme(specifier) || isNodeBuiltinWithoutScheme(specifier)) {
    return 'node:' + specifier;
  }
  const { packageName, packageSubpath } =
    packageJsonReader.parsePackageName(specifier, base);

  // Self resolution through the enclosing package's "exports".
  const scope = packageJsonReader.getPackageScopeConfig(base);
  if (scope.exists && scope.exports != null && scope.name === packageName) {
    return packageExportsResolve(pathToFileURLHref(scope.pjsonPath), packageSubpath, scope,
                                 base, conditions);
  }

  const { packageJSONUrl, packageConfig } =
    packageJsonReader.getPackageJSONURL(specifier, base);
  if (packageConfig.exports != null) {
    return packageExportsResolve(packageJSONUrl, packageSubpath, packageConfig, base,
                                 conditions);
  }
  if (packageSubpath === '.') {
    return legacyMainResolve(packageJSONUrl, packageConfig, base);
  }
  return resolveURLHref(packageSubpath, packageJSONUrl);
}

function isRelativeSpecifier(specifier) {
  if (specifier[0] !== '.') return false;
  if (specifier.length === 1 || specifier[1] === '/') return true;
  return specifier[1] === '.' && (specifier.length === 2 || specifier[2] === '/');
}

function shouldBeTreatedAsRelativeOrAbsolutePath(specifier) {
  if (specifier === '') return false;
  if (specifier[0] === '/') return true;
  return isRelativeSpecifier(specifier);
}

const encodedSepRegEx = /%2F|%5C/i;

function finalizeResolution(resolved, base) {
  const { pathname } = fileHrefParts(resolved);
  if (encodedSepRegEx.test(pathname)) {
    throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(
      pathname, 'must not include encoded "/" or "\\" characters', basePath(base));
  }
  let filePath;
  try {
    filePath = fileURLToPath(resolved);
  } catch (err) {
    err.input = resolved;
    err.module = `${base}`;
    throw err;
  }
  // A trailing slash always names a directory.
  const stats = filePath[filePath.length - 1] === '/' ? 1 :
    binding().internalModuleStat(filePath);
  if (stats === 1) {
    throw new (codes().ERR_UNSUPPORTED_DIR_IMPORT)(filePath, basePath(base), resolved);
  } else if (stats !== 0) {
    throw new (codes().ERR_MODULE_NOT_FOUND)(filePath || pathname, basePath(base), resolved);
  }
  let real = filePath;
  if (!require('internal/modules/helpers').getPreserveSymlinks()) {
    try {
      real = binding().realpath(filePath);
    } catch {
      // keep the path
    }
  }
  // The URL is rebuilt from the real path (so './a%2emjs' and './a.mjs' name
  // one module), keeping the query and fragment.
  let suffix = '';
  const q = resolved.search(/[?#]/);
  if (q !== -1) suffix = resolved.slice(q);
  return pathToFileURLHref(real) + suffix;
}

/**
 * ESM_RESOLVE without the hints: returns the resolved href.
 * @param {string} specifier
 * @param {string} base file: (or other) href of the importer
 * @param {Set<string>} conditions
 */
function moduleResolve(specifier, base, conditions) {
  const baseScheme = base !== undefined ? getScheme(base) : '';
  let resolved;
  if (shouldBeTreatedAsRelativeOrAbsolutePath(specifier)) {
    resolved = baseScheme === '' ? null : resolveURLHref(specifier, base);
    if (resolved === null) {
      throw new (codes().ERR_UNSUPPORTED_RESOLVE_REQUEST)(specifier, base);
    }
  } else if (baseScheme === 'file:' && specifier[0] === '#') {
    resolved = packageImportsResolve(specifier, base, conditions);
  } else if (getScheme(specifier) !== '') {
    resolved = resolveURLHref(specifier, undefined);
  } else {
    if (baseScheme !== 'file:') {
      if (builtins().canBeRequiredWithoutScheme(specifier) ||
          isNodeBuiltinWithoutScheme(specifier)) {
        return 'node:' + specifier;
      }
      if (baseScheme === 'data:' || baseScheme === '') {
        throw new (codes().ERR_UNSUPPORTED_RESOLVE_REQUEST)(specifier, base);
      }
      // Package lookup needs a file: base (Node fails to read the scope).
      throw new (codes().ERR_INVALID_URL)(base);
    }
    resolved = packageResolve(specifier, base, conditions);
  }
  if (getScheme(resolved) !== 'file:') return resolved;
  return finalizeResolution(resolved, base);
}

function throwIfUnsupportedURLScheme(href) {
  const scheme = getScheme(href);
  if (scheme !== 'file:' && scheme !== 'data:' && scheme !== 'node:') {
    const url = { protocol: scheme, href, toString() { return href; } };
    const schemes = scheme === 'http:' || scheme === 'https:' ?
      ['file', 'data'] : ['file', 'data', 'node'];
    throw new (codes().ERR_UNSUPPORTED_ESM_URL_SCHEME)(url, schemes);
  }
}

// Node's hint: what CommonJS resolution would have found for a failed import.
function resolveAsCommonJS(specifier, parentURL) {
  try {
    const { Module } = require('internal/modules/cjs/loader');
    const parent = fileURLToPath(parentURL);
    const tmpModule = new Module(parent, null);
    tmpModule.paths = Module._nodeModulePaths(path.dirname(parent));
    let found = Module._resolveFilename(specifier, tmpModule, false);
    if (isRelativeSpecifier(specifier)) {
      const foundPath = fileHrefParts(pathToFileURLHref(found)).pathname;
      const parentDir = parentURL.slice(7, parentURL.lastIndexOf('/'));
      found = path.posix.relative(parentDir, foundPath);
      if (!found.startsWith('../')) found = `./${found}`;
    } else if (!shouldBeTreatedAsRelativeOrAbsolutePath(specifier) &&
               getScheme(specifier) === '') {
      const i = specifier.indexOf('/');
      const pkg = i === -1 ? specifier : specifier.slice(0, i);
      const needle = `/node_modules/${pkg}/`;
      const index = found.lastIndexOf(needle);
      if (index !== -1) {
        found = pkg + '/' + found.slice(index + needle.length).split('/')
          .map(encodeURIComponent).join('/');
      } else {
        found = pathToFileURLHref(found);
      }
    }
    return found;
  } catch {
    return false;
  }
}

function decorateErrorWithCommonJSHints(error, specifier, parentURL) {
  const found = resolveAsCommonJS(specifier, parentURL);
  if (!found) return;
  const hint = `Did you mean to import ${JSON.stringify(found)}?`;
  require('internal/modules/helpers').setErrorMessage(error, `${error.message}\n${hint}`);
}

/**
 * The default ESM resolve: specifier + parent href -> resolved href.
 * @param {string} specifier
 * @param {string|undefined} parentURL
 * @param {Set<string>} [conditions]
 * @returns {string}
 */
function defaultResolve(specifier, parentURL, conditions) {
  conditions = getConditionsSet(conditions);
  let parsed = null;
  if (shouldBeTreatedAsRelativeOrAbsolutePath(specifier)) {
    if (parentURL !== undefined) parsed = resolveURLHref(specifier, parentURL);
  } else if (getScheme(specifier) !== '') {
    parsed = resolveURLHref(specifier, undefined);
  }
  if (parsed !== null) {
    const scheme = getScheme(parsed);
    if (scheme === 'data:' || scheme === 'node:') return parsed;
  }
  try {
    return moduleResolve(specifier, parentURL, conditions);
  } catch (error) {
    if (error !== null && typeof error === 'object' &&
        (error.code === 'ERR_MODULE_NOT_FOUND' || error.code === 'ERR_UNSUPPORTED_DIR_IMPORT') &&
        parentURL !== undefined && getScheme(parentURL) === 'file:') {
      decorateErrorWithCommonJSHints(error, specifier, parentURL);
    }
    throw error;
  }
}

module.exports = {
  defaultResolve,
  moduleResolve,
  packageResolve,
  packageExportsResolve,
  packageImportsResolve,
  legacyMainResolve,
  finalizeResolution,
  getDefaultConditions,
  getDefaultConditionsSet,
  getConditionsSet,
  shouldBeTreatedAsRelativeOrAbsolutePath,
  isRelativeSpecifier,
  encodedSepRegEx,
  throwIfUnsupportedURLScheme,
};
