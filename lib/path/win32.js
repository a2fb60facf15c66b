// `path/win32`: the Windows flavour of the path module.
'use strict';

module.exports = require('path').win32;
