'use strict';

// node:assert/strict: assert in strict assertion mode (equal is strictEqual...).

module.exports = require('assert').strict;
