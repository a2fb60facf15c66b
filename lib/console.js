// require('console'): the global console object (it carries .Console).

module.exports = require('internal/console/global');
