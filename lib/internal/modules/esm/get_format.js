// Decides the format of a module file for the ES module loader: by extension
// (.mjs, .cjs, .json), by the nearest package.json "type" for .js and
// extensionless files, and by syntax detection for .js files whose package
// has no "type" (Node 24 behaviour).

const path = require('path');
const packageJsonReader = require('internal/modules/package_json_reader');

let errorCodes;
function codes() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];

/**
 * Whether `source` (a file without a declared type) is an ES module: it is
 * when it does not compile as CommonJS and uses module syntax.
 */
function detectModuleFormat(source, filename) {
  const { stripShebang } = require('internal/modules/helpers');
  try {
    internalBinding('contextify').compileFunction(stripShebang(source), filename, wrapperParams);
    return 'commonjs';
  } catch (err) {
    if (err instanceof SyntaxError &&
        require('internal/modules/esm/cjs_lexer').containsModuleSyntax(source)) {
      return 'module';
    }
    return 'commonjs';
  }
}

/**
 * @param {string} filename absolute path
 * @param {() => string} getSource reads the file (only called when needed)
 * @returns {{ format: string, detected: boolean }}
 */
function defaultGetFormat(filename, getSource) {
  const ext = path.extname(filename);
  switch (ext) {
    case '.mjs':
      return { format: 'module', detected: false };
    case '.cjs':
      return { format: 'commonjs', detected: false };
    case '.json':
      return { format: 'json', detected: false };
    case '.js':
    case '': {
      const type = packageJsonReader.getNearestParentPackageJSONType(filename);
      if (type === 'module') return { format: 'module', detected: false };
      if (type === 'commonjs') return { format: 'commonjs', detected: false };
      if (!require('internal/modules/helpers').isDetectModuleEnabled()) {
        return { format: 'commonjs', detected: false };
      }
      const format = detectModuleFormat(getSource(), filename);
      return { format, detected: format === 'module' };
    }
    default:
      throw new (codes().ERR_UNKNOWN_FILE_EXTENSION)(ext, filename);
  }
}

module.exports = {
  defaultGetFormat,
  detectModuleFormat,
};
