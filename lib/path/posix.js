// `path/posix`: the POSIX flavour of the path module.
'use strict';

module.exports = require('path').posix;
