// The public `util/types` module.

module.exports = require('internal/util/types');
